// torch.nn.functional: one_hot, softmax/log_softmax (with the legacy implicit dim), and the losses.
import { warn } from '../warnings';
import { type CallArgs, PythonError, type PyValue, tensorValue } from '../../evaluator/values';
import { binaryCrossEntropy, binaryCrossEntropyWithLogits } from '../losses/binaryCrossEntropy';
import { crossEntropy } from '../losses/crossEntropy';
import { klDiv, type KlReduction } from '../losses/klDiv';
import { nllLoss } from '../losses/nllLoss';
import { legacyReduction, parseReduction, type Reduction } from '../losses/reduction';
import { oneHot } from '../oneHot';
import { implicitSoftmaxDim, logSoftmax, softmax } from '../softmax';
import { unaryOp } from '../unaryOps';
import { bind, type BoundArgs, optional } from './args';
import { markResult, recordsHistory } from '../autograd';
import { lossGradFn } from './gradFnNames';
import type { Tensor } from '../tensor';
import type { NativeTable } from './creationFunctions';

const MINUS_100: PyValue = { kind: 'int', value: -100 };
const MEAN: PyValue = { kind: 'str', value: 'mean' };

/** The reduction a loss call asks for: the legacy flags win when either is given. */
export function lossReduction(a: BoundArgs): Reduction {
  if (a.has('size_average') || a.has('reduce')) {
    return legacyReduction(a.has('size_average') ? a.bool('size_average') : undefined, a.has('reduce') ? a.bool('reduce') : undefined);
  }
  return parseReduction(a.get('reduction'));
}

function softmaxFunction(name: 'softmax' | 'log_softmax') {
  return (args: CallArgs): PyValue => {
    const a = bind(name, [optional('input'), optional('dim'), optional('_stacklevel', { kind: 'int', value: 3 }), optional('dtype')], args);
    const input = a.tensor('input');
    const dim = a.has('dim') ? a.int('dim') : implicitSoftmaxDim(input.ndim);
    return tensorValue((name === 'softmax' ? softmax : logSoftmax)(input, dim, a.dtype('dtype')));
  };
}

export const CROSS_ENTROPY_PARAMS = [optional('weight'), optional('size_average'), optional('ignore_index', MINUS_100), optional('reduce'), optional('reduction', MEAN), optional('label_smoothing', { kind: 'float', value: 0 })];
export const NLL_PARAMS = [optional('weight'), optional('size_average'), optional('ignore_index', MINUS_100), optional('reduce'), optional('reduction', MEAN)];
export const KL_PARAMS = [optional('size_average'), optional('reduce'), optional('reduction', MEAN), optional('log_target', { kind: 'bool', value: false })];
export const BCE_PARAMS = [optional('weight'), optional('size_average'), optional('reduce'), optional('reduction', MEAN)];
export const BCE_LOGITS_PARAMS = [...BCE_PARAMS, optional('pos_weight')];

const INPUT_TARGET = [optional('input'), optional('target')];

/** A loss value, with the autograd node its last operation records when an input has history. */
function lossResult(loss: Tensor, name: string, a: BoundArgs, options: Parameters<typeof lossGradFn>[3]): PyValue {
  const input = a.tensor('input');
  const target = a.tensor('target');
  const inputs = [input, target, a.optionalTensor('weight')].filter((t): t is Tensor => t !== undefined);
  const result = tensorValue(loss);
  if (recordsHistory(inputs)) markResult(result, inputs, lossGradFn(name, input, target, options));
  return result;
}

export function crossEntropyCall(a: BoundArgs): PyValue {
  const reduction = lossReduction(a);
  const labelSmoothing = a.float('label_smoothing');
  const loss = crossEntropy(a.tensor('input'), a.tensor('target'), {
    weight: a.optionalTensor('weight'),
    ignoreIndex: a.int('ignore_index'),
    reduction,
    labelSmoothing,
  });
  return lossResult(loss, 'cross_entropy', a, { reduction, labelSmoothing });
}

export function nllLossCall(a: BoundArgs): PyValue {
  const reduction = lossReduction(a);
  const loss = nllLoss(a.tensor('input'), a.tensor('target'), { weight: a.optionalTensor('weight'), ignoreIndex: a.int('ignore_index'), reduction });
  return lossResult(loss, 'nll_loss', a, { reduction });
}

export function klDivCall(a: BoundArgs): PyValue {
  let reduction: KlReduction;
  if (a.has('size_average') || a.has('reduce')) reduction = lossReduction(a);
  else {
    const value = a.get('reduction');
    reduction = value.kind === 'str' && value.value === 'batchmean' ? 'batchmean' : parseReduction(value);
  }
  if (reduction === 'mean') {
    // PyTorch's own text (torch/nn/functional.py), warned on every such call.
    warn("reduction: 'mean' divides the total loss by both the batch size and the support size." +
      "'batchmean' divides only by the batch size, and aligns with the KL div math definition." +
      "'mean' will be changed to behave the same as 'batchmean' in the next major release.");
  }
  const loss = klDiv(a.tensor('input'), a.tensor('target'), reduction, a.bool('log_target'));
  return lossResult(loss, 'kl_div', a, { reduction, logTarget: a.bool('log_target') });
}

export function bceCall(a: BoundArgs): PyValue {
  const reduction = lossReduction(a);
  return lossResult(binaryCrossEntropy(a.tensor('input'), a.tensor('target'), a.optionalTensor('weight'), reduction), 'binary_cross_entropy', a, { reduction });
}

export function bceWithLogitsCall(a: BoundArgs): PyValue {
  const reduction = lossReduction(a);
  const loss = binaryCrossEntropyWithLogits(a.tensor('input'), a.tensor('target'), a.optionalTensor('weight'), a.optionalTensor('pos_weight'), reduction);
  return lossResult(loss, 'binary_cross_entropy_with_logits', a, { reduction, weighted: a.has('weight') || a.has('pos_weight') });
}

export const FUNCTIONAL_FUNCTIONS: NativeTable = {
  one_hot: args => {
    const a = bind('one_hot', [optional('tensor'), optional('num_classes', { kind: 'int', value: -1 })], args);
    if (!a.has('tensor')) throw new PythonError('TypeError', "one_hot() missing required argument 'tensor' (pos 1)");
    return tensorValue(oneHot(a.tensor('tensor'), a.int('num_classes')));
  },
  softmax: softmaxFunction('softmax'),
  log_softmax: softmaxFunction('log_softmax'),
  sigmoid: args => tensorValue(unaryOp('sigmoid', bind('sigmoid', [optional('input')], args).tensor('input'))),
  relu: args => {
    const a = bind('relu', [optional('input'), optional('inplace', { kind: 'bool', value: false })], args);
    return tensorValue(unaryOp('relu', a.tensor('input')));
  },
  cross_entropy: args => crossEntropyCall(bind('cross_entropy', [...INPUT_TARGET, ...CROSS_ENTROPY_PARAMS], args)),
  nll_loss: args => nllLossCall(bind('nll_loss', [...INPUT_TARGET, ...NLL_PARAMS], args)),
  kl_div: args => klDivCall(bind('kl_div', [...INPUT_TARGET, ...KL_PARAMS], args)),
  binary_cross_entropy: args => bceCall(bind('binary_cross_entropy', [...INPUT_TARGET, ...BCE_PARAMS], args)),
  binary_cross_entropy_with_logits: args => bceWithLogitsCall(bind('binary_cross_entropy_with_logits', [...INPUT_TARGET, ...BCE_LOGITS_PARAMS], args)),
};
