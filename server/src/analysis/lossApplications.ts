// Where the program applies a loss to targets: a call of a loss function (`F.kl_div(logp, q)`), or the first
// call of a loss module's instance (`criterion = nn.KLDivLoss(...)`, then `criterion(logp, q)`), with the
// expression given as the target.
import type { Node } from 'web-tree-sitter';
import { firstUseOfInstance } from './crossEntropyCalls';
import type { Program } from './program';
import { argumentFor, callArguments, dottedName, forEachNodeOfType } from './syntax';

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

/**
 * The attributes of `self` that `scope` (a class, or its __init__) assigns a loss module whose constructor's
 * dotted name matches `constructors`: `self.criterion` for `self.criterion = nn.KLDivLoss(...)`.
 */
export function lossModuleAttributes(scope: Node, constructors: RegExp): Set<string> {
  const found = new Set<string>();
  forEachNodeOfType(scope, ['assignment'], assignment => {
    const right = assignment.childForFieldName('right');
    const constructor = right?.type === 'call' ? dottedName(right.childForFieldName('function')!) : undefined;
    const target = dottedName(assignment.childForFieldName('left')!);
    if (target?.startsWith('self.') && constructor && constructors.test(constructor)) found.add(target);
  });
  return found;
}
