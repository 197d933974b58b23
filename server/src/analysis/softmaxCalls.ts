// Softmax calls — `F.softmax(x, dim)`, `torch.softmax(…)`, `x.softmax(dim)` — and the same call spelled as
// log_softmax, which LS017 (log of a softmax) and LS006 (probabilities given to kl_div) both suggest.
import type { Node } from 'web-tree-sitter';
import type { Program } from './program';

const SOFTMAX = new Set(['torch.softmax', 'torch.nn.functional.softmax', 'torch.special.softmax']);

export function isSoftmaxCall(program: Program, node: Node): boolean {
  if (node.type !== 'call') return false;
  const callee = node.childForFieldName('function')!;
  if (SOFTMAX.has(program.imports.qualifiedName(callee) ?? '')) return true;
  return callee.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'softmax';
}

/** `F.softmax(x, dim=-1)` → `F.log_softmax(x, dim=-1)`: the call's text with its function renamed. */
export function asLogSoftmax(softmax: Node): string {
  const callee = softmax.childForFieldName('function')!;
  const name = callee.type === 'attribute' ? callee.childForFieldName('attribute')! : callee;
  return softmax.text.slice(0, name.startIndex - softmax.startIndex) + name.text.replace(/softmax$/, 'log_softmax') +
    softmax.text.slice(name.endIndex - softmax.startIndex);
}
