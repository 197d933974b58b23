// Finds the cross-entropy losses a program builds or calls — `nn.CrossEntropyLoss(...)` and
// `F.cross_entropy(...)`, however imported — with their `label_smoothing` argument and, where the code shows
// it, the logits they are applied to (for a loss module: the first argument of a call of the instance).
import type { Node } from 'web-tree-sitter';
import type { Located, Program } from './program';
import { argumentFor, callArguments, CallArguments, dottedName } from './syntax';

export type CrossEntropyApi = 'torch.nn.CrossEntropyLoss' | 'torch.nn.functional.cross_entropy';

export interface CrossEntropyCall {
  readonly source: number;
  readonly call: Node;
  readonly api: CrossEntropyApi;
  /** The expression passed as `label_smoothing`, by keyword or by position. */
  readonly labelSmoothing: Node | undefined;
  /** The logits the loss is applied to, when the program shows them. */
  readonly input: Located | undefined;
  /** The targets the loss is applied to (class indices or probabilities), when the program shows them. */
  readonly target: Located | undefined;
}

const CROSS_ENTROPY_APIS: ReadonlySet<string> = new Set<CrossEntropyApi>(['torch.nn.CrossEntropyLoss', 'torch.nn.functional.cross_entropy']);

/** Positions of `label_smoothing` in each signature (PyTorch ≥ 1.10). */
const LABEL_SMOOTHING_INDEX: Record<CrossEntropyApi, number> = {
  'torch.nn.CrossEntropyLoss': 5,        // (weight, size_average, ignore_index, reduce, reduction, label_smoothing)
  'torch.nn.functional.cross_entropy': 7, // (input, target, weight, size_average, ignore_index, reduce, reduction, label_smoothing)
};

export function findCrossEntropyCalls(program: Program): CrossEntropyCall[] {
  const found: CrossEntropyCall[] = [];
  for (const { call, source, api: name } of program.torchCalls) {
    if (!CROSS_ENTROPY_APIS.has(name)) continue;
    const api = name as CrossEntropyApi;
    const args = callArguments(call);
    let applied: { args: CallArguments; source: number } | undefined = { args, source };
    if (api === 'torch.nn.CrossEntropyLoss') applied = firstUseOfInstance(call, program);
    found.push({
      source, call, api,
      labelSmoothing: argumentFor(args, 'label_smoothing', LABEL_SMOOTHING_INDEX[api]),
      input: applied && locate(argumentFor(applied.args, 'input', 0), applied.source),
      target: applied && locate(argumentFor(applied.args, 'target', 1), applied.source),
    });
  }
  return found;
}

function locate(node: Node | undefined, source: number): Located | undefined {
  return node ? { node, source } : undefined;
}

/** Every call by its callee spelled as a dotted name (`criterion`, `self.loss_fn`), in document order. */
export function indexCallsByCallee(calls: readonly Located[]): Map<string, Located[]> {
  const index = new Map<string, Located[]>();
  for (const located of calls) {
    const callee = located.node.childForFieldName('function');
    const name = callee && dottedName(callee);
    if (!name) continue;
    const list = index.get(name);
    if (list) list.push(located);
    else index.set(name, [located]);
  }
  return index;
}

/** The instance that `construction` (`criterion = nn.CrossEntropyLoss(…)`) creates: its dotted name. */
export function instanceName(construction: Node): string | undefined {
  const assignment = construction.parent;
  if (assignment?.type !== 'assignment' || assignment.childForFieldName('right')?.id !== construction.id) return undefined;
  const target = assignment.childForFieldName('left');
  return target ? dottedName(target) : undefined;
}

/** For `criterion = nn.CrossEntropyLoss(...)`, the arguments of the first `criterion(logits, labels)`. */
export function firstUseOfInstance(construction: Node, program: Program): { call: Node; args: CallArguments; source: number } | undefined {
  const name = instanceName(construction);
  const use = name ? program.callsByCallee.get(name)?.[0] : undefined;
  return use && { call: use.node, args: callArguments(use.node), source: use.source };
}
