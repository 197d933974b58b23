// LS011 scatter-index-shape: building one-hot or smoothed targets with an index PyTorch rejects: a 1-D index
// into a 2-D `scatter_` (a missing `unsqueeze(1)`), a non-int64 index, or a label ≥ K. The first two have
// fixes on the index argument of the raising call (`.unsqueeze(1)`, `.long()`); they are unsafe because they
// change what the code computes (from raising to not), and the label ≥ K has none: K or the data is wrong.
import type { Node } from 'web-tree-sitter';
import { argumentFor, callArguments, forEachNodeOfType, unparenthesized } from '../analysis/syntax';
import { evaluatedNumber } from './evaluatedValue';
import type { Fix } from './rule';
import { pytorchErrorRule, RaisedError } from './pytorchErrors';

const SCATTERS = new Set(['scatter', 'scatter_', 'scatter_add', 'scatter_add_', 'gather', 'one_hot', 'cross_entropy', 'CrossEntropyLoss', 'nll_loss', 'NLLLoss']);

export const scatterIndexShape = pytorchErrorRule({
  code: 'LS011',
  name: 'scatter-index-shape',
  defaultSeverity: 'error',
  fixSafety: 'unsafe',
  summary: 'a scatter_/one_hot index PyTorch rejects: 1-D into 2-D, not int64, or a label ≥ K',
}, (error, program) => {
  if (!SCATTERS.has(error.raisedBy ?? '')) return undefined;
  if (/Index tensor must have the same number of dimensions/.test(error.message)) {
    const explanation = `the index of \`${error.raisedBy}\` has fewer dimensions than the tensor (a missing \`.unsqueeze(1)\`?)`;
    const scatter = scatterCall(error);
    const dim = scatter && evaluatedNumber(program, error.source, scatter.dim);
    return { explanation, fix: scatter && (dim === 1 || dim === -1) ? appendTo(scatter.index, `.unsqueeze(${dim})`) : undefined };
  }
  if (/Expected dtype int64 for index/.test(error.message)) {
    const scatter = scatterCall(error);
    return { explanation: `the index of \`${error.raisedBy}\` is not an int64 tensor`, fix: scatter && appendTo(scatter.index, '.long()') };
  }
  if (/out of bounds|smaller than num_classes/.test(error.message)) return 'a label is ≥ K, the number of classes';
  return undefined;
});

/** The `scatter_`/`scatter` call that raised, in the raising statement, with its `dim` and `index` arguments. */
function scatterCall(error: RaisedError): { dim: Node; index: Node } | undefined {
  const found: { dim: Node; index: Node }[] = [];
  forEachNodeOfType(error.statement, ['call'], call => {
    const callee = call.childForFieldName('function');
    if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== error.raisedBy) return;
    const args = callArguments(call);
    const dim = argumentFor(args, 'dim', 0);
    const index = argumentFor(args, 'index', 1);
    if (dim && index) found.push({ dim, index });
  });
  return found.length === 1 ? found[0] : undefined;
}

/** `labels` → `labels.unsqueeze(1)`; `a + b` → `(a + b).unsqueeze(1)`. */
function appendTo(index: Node, method: string): Fix {
  const node = unparenthesized(index);
  const simple = ['identifier', 'attribute', 'call', 'subscript'].includes(node.type) || node !== index;
  const replacement = `${simple ? index.text : `(${index.text})`}${method}`;
  return { title: `Use \`${replacement}\` as the index`, safety: 'unsafe', edits: [{ start: index.startIndex, end: index.endIndex, newText: replacement }] };
}
