// Finds the cross-entropy losses a program builds or calls — `nn.CrossEntropyLoss(...)` and
// `F.cross_entropy(...)`, however imported — with their `label_smoothing` argument and, where the code shows
// it, the logits they are applied to (for a loss module: the first argument of a call of the instance).
import type { Node } from 'web-tree-sitter';
import type { Located, Program } from './program';
import { argumentFor, callArguments, dottedParts, forEachNamedNode } from './syntax';

export type CrossEntropyApi = 'torch.nn.CrossEntropyLoss' | 'torch.nn.functional.cross_entropy';

export interface CrossEntropyCall {
  readonly source: number;
  readonly call: Node;
  readonly api: CrossEntropyApi;
  /** The expression passed as `label_smoothing`, by keyword or by position. */
  readonly labelSmoothing: Node | undefined;
  /** The logits the loss is applied to, when the program shows them. */
  readonly input: Located | undefined;
}

/** Other public spellings of the same callables. */
const CANONICAL: ReadonlyMap<string, CrossEntropyApi> = new Map([
  ['torch.nn.CrossEntropyLoss', 'torch.nn.CrossEntropyLoss'],
  ['torch.nn.modules.loss.CrossEntropyLoss', 'torch.nn.CrossEntropyLoss'],
  ['torch.nn.modules.CrossEntropyLoss', 'torch.nn.CrossEntropyLoss'],
  ['torch.nn.functional.cross_entropy', 'torch.nn.functional.cross_entropy'],
]);

/** Positions of `label_smoothing` in each signature (PyTorch ≥ 1.10). */
const LABEL_SMOOTHING_INDEX: Record<CrossEntropyApi, number> = {
  'torch.nn.CrossEntropyLoss': 5,        // (weight, size_average, ignore_index, reduce, reduction, label_smoothing)
  'torch.nn.functional.cross_entropy': 7, // (input, target, weight, size_average, ignore_index, reduce, reduction, label_smoothing)
};

export function findCrossEntropyCalls(program: Program): CrossEntropyCall[] {
  const calls: Located[] = [];
  program.sources.forEach((document, source) =>
    forEachNamedNode(document.root, node => node.type === 'call' && calls.push({ node, source })));

  const found: CrossEntropyCall[] = [];
  for (const { node: call, source } of calls) {
    const callee = call.childForFieldName('function');
    const api = callee && CANONICAL.get(program.imports.qualifiedName(callee) ?? '');
    if (!api) continue;
    const args = callArguments(call);
    found.push({
      source,
      call,
      api,
      labelSmoothing: argumentFor(args, 'label_smoothing', LABEL_SMOOTHING_INDEX[api]),
      input: api === 'torch.nn.functional.cross_entropy'
        ? locate(argumentFor(args, 'input', 0), source)
        : inputOfInstance(call, calls),
    });
  }
  return found;
}

function locate(node: Node | undefined, source: number): Located | undefined {
  return node ? { node, source } : undefined;
}

/** For `criterion = nn.CrossEntropyLoss(...)`, the logits of the first `criterion(logits, labels)`. */
function inputOfInstance(construction: Node, calls: readonly Located[]): Located | undefined {
  const assignment = construction.parent;
  if (assignment?.type !== 'assignment' || assignment.childForFieldName('right')?.id !== construction.id) return undefined;
  const target = assignment.childForFieldName('left');
  const name = target && dottedParts(target)?.join('.');
  if (!name) return undefined;
  for (const { node: call, source } of calls) {
    const callee = call.childForFieldName('function');
    if (callee && dottedParts(callee)?.join('.') === name) {
      return locate(argumentFor(callArguments(call), 'input', 0), source);
    }
  }
  return undefined;
}
