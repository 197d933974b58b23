// Every call in a program whose callee resolves to a PyTorch name (`F.kl_div(…)`, `nn.CrossEntropyLoss(…)`),
// with that name canonicalised, found in one pass and shared by the rules that look for particular calls.
import type { Node } from 'web-tree-sitter';
import type { Located, Program } from './program';
import { forEachNodeOfType } from './syntax';

export interface TorchCall {
  readonly source: number;
  readonly call: Node;
  /** e.g. `torch.nn.functional.kl_div`, `torch.nn.KLDivLoss` */
  readonly api: string;
}

/** Other public spellings of the same callables. */
const CANONICAL_PREFIXES: readonly [string, string][] = [
  ['torch.nn.modules.loss.', 'torch.nn.'],
  ['torch.nn.modules.', 'torch.nn.'],
];

export function findCalls(program: Program): Located[] {
  const calls: Located[] = [];
  program.sources.forEach((document, source) => forEachNodeOfType(document.root, ['call'], node => calls.push({ node, source })));
  return calls;
}

export function findTorchCalls(program: Program): TorchCall[] {
  const found: TorchCall[] = [];
  if (!program.mentionsTorch) return found;
  for (const { node: call, source } of program.calls) {
    const callee = call.childForFieldName('function');
    const name = callee && program.imports.qualifiedName(callee);
    if (!name?.startsWith('torch.')) continue;
    const prefix = CANONICAL_PREFIXES.find(([from]) => name.startsWith(from));
    found.push({ source, call, api: prefix ? prefix[1] + name.slice(prefix[0].length) : name });
  }
  return found;
}
