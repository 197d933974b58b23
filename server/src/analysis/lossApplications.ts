// Where the program applies a loss to targets: a call of a loss function (`F.kl_div(logp, q)`), or the first
// call of a loss module's instance (`criterion = nn.KLDivLoss(...)`, then `criterion(logp, q)`), with the
// expression given as the target.
import type { Node } from 'web-tree-sitter';
import { firstUseOfInstance } from './crossEntropyCalls';
import type { Program } from './program';
import { argumentFor, callArguments } from './syntax';

export interface LossApplication {
  /** The call that computes the loss: the function's call, or the instance's. */
  readonly call: Node;
  readonly source: number;
  readonly target: Node;
}

/** Every application of the loss functions `functions` and modules `modules` (canonical API names). */
export function lossApplications(program: Program, functions: ReadonlySet<string>, modules: ReadonlySet<string>): LossApplication[] {
  const found: LossApplication[] = [];
  for (const { call, source, api } of program.torchCalls) {
    if (functions.has(api)) {
      const target = argumentFor(callArguments(call), 'target', 1);
      if (target) found.push({ call, source, target });
    } else if (modules.has(api)) {
      const use = firstUseOfInstance(call, program);
      const target = use && argumentFor(use.args, 'target', 1);
      if (use && target) found.push({ call: use.call, source: use.source, target });
    }
  }
  return found;
}
