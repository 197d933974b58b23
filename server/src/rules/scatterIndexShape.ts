// LS011 scatter-index-shape: building one-hot or smoothed targets with an index PyTorch rejects: a 1-D index
// into a 2-D `scatter_` (a missing `unsqueeze(1)`), a non-int64 index, or a label ≥ K.
import { pytorchErrorRule } from './pytorchErrors';

const SCATTERS = new Set(['scatter', 'scatter_', 'scatter_add', 'scatter_add_', 'gather', 'one_hot', 'cross_entropy', 'CrossEntropyLoss', 'nll_loss', 'NLLLoss']);

export const scatterIndexShape = pytorchErrorRule({
  code: 'LS011',
  name: 'scatter-index-shape',
  defaultSeverity: 'error',
  fixSafety: 'unsafe',
  summary: 'a scatter_/one_hot index PyTorch rejects: 1-D into 2-D, not int64, or a label ≥ K',
}, error => {
  if (!SCATTERS.has(error.raisedBy ?? '')) return undefined;
  if (/Index tensor must have the same number of dimensions/.test(error.message)) {
    return `the index of \`${error.raisedBy}\` has fewer dimensions than the tensor (a missing \`.unsqueeze(1)\`?)`;
  }
  if (/Expected dtype int64 for index/.test(error.message)) return `the index of \`${error.raisedBy}\` is not an int64 tensor`;
  if (/out of bounds|smaller than num_classes/.test(error.message)) return 'a label is ≥ K, the number of classes';
  return undefined;
});
