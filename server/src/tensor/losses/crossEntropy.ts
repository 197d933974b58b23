// F.cross_entropy / nn.CrossEntropyLoss as PyTorch ≥ 1.12 computes it (ATen cross_entropy_loss), built from the
// same tensor operations ATen composes, so the float32 rounding matches:
// - class-index targets: (1−ε)·nll + (ε/K)·smooth, where smooth sums −w_c·log p_c over classes, ignored rows
//   are zeroed, and 'mean' divides by Σ w[y_i] over kept rows (their count when unweighted);
// - probability targets (same shape as the input): t' = (1−ε)·t + ε/K, loss −Σ w_c·t'_c·log p_c, and 'mean'
//   divides by the number of rows (ignore_index is refused).
// Negative ε is silently ignored; ε > 1 raises.
import { PythonError } from '../../evaluator/values';
import { isFloating, scalarTypeName } from '../dtype';
import { binaryOp } from '../binaryOps';
import { maskedFillInPlace } from '../fills';
import { pyFloat, pyInt } from '../operand';
import { sum } from '../reductions';
import { logSoftmax } from '../softmax';
import { readValues, type Tensor, tensorFromValues, unknownReason } from '../tensor';
import { unaryOp } from '../unaryOps';
import { view } from '../views';
import { cppDoubleString } from '../format/pythonNumbers';
import { nllLoss } from './nllLoss';
import type { Reduction } from './reduction';

export interface CrossEntropyOptions {
  readonly weight?: Tensor;
  readonly ignoreIndex: number;
  readonly reduction: Reduction;
  readonly labelSmoothing: number;
}

export function crossEntropy(input: Tensor, target: Tensor, options: CrossEntropyOptions): Tensor {
  const { labelSmoothing } = options;
  const sameShape = input.ndim === target.ndim && input.shape.every((size, d) => size === target.shape[d]);
  if (sameShape) {
    if (!isFloating(target.dtype)) {
      throw new PythonError('RuntimeError', `Expected floating point type for target with class probabilities, got ${scalarTypeName(target.dtype)}`);
    }
    if (options.ignoreIndex >= 0) throw new PythonError('RuntimeError', 'ignore_index is not supported for floating point target');
    return probabilityTargets(input, target, options);
  }
  if (labelSmoothing > 0) {
    checkLabelSmoothing(labelSmoothing);
    return smoothedClassTargets(input, target, options);
  }
  const classDim = input.ndim === 1 ? 0 : 1;
  return nllLoss(logSoftmax(input, classDim), target, options);
}

function checkLabelSmoothing(labelSmoothing: number): void {
  if (labelSmoothing > 1) {
    throw new PythonError('RuntimeError', `label_smoothing must be between 0.0 and 1.0. Got: ${cppDoubleString(labelSmoothing)}`);
  }
}

/** The class weights shaped to broadcast along the class dimension (1 everywhere else). */
function broadcastWeight(weight: Tensor, ndim: number, classDim: number): Tensor {
  return view(weight, Array.from({ length: ndim }, (_, d) => (d === classDim ? weight.shape[0] : 1)));
}

function smoothedClassTargets(self: Tensor, target: Tensor, options: CrossEntropyOptions): Tensor {
  const { weight, ignoreIndex, reduction, labelSmoothing } = options;
  const classDim = self.ndim === 1 ? 0 : 1;
  const classes = self.shape[classDim];
  const input = logSoftmax(self, classDim);
  const nll = nllLoss(input, target, options);
  const ignoreMask = binaryOp('eq', target, pyInt(ignoreIndex));
  const smooth = weight !== undefined
    ? unaryOp('neg', sum(binaryOp('mul', input, broadcastWeight(weight, input.ndim, classDim)), [classDim]))
    : unaryOp('neg', sum(input, [classDim]));
  maskedFillInPlace(smooth, ignoreMask, 0);
  let reduced: Tensor;
  if (reduction === 'mean') {
    if (weight !== undefined) {
      reduced = binaryOp('div', sum(smooth), sum(keptClassWeights(weight, target, ignoreMask)));
    } else {
      reduced = binaryOp('div', sum(smooth), sum(unaryOp('logical_not', ignoreMask)));
    }
  } else if (reduction === 'sum') {
    reduced = sum(smooth);
  } else {
    reduced = smooth;
  }
  return binaryOp('add',
    binaryOp('mul', pyFloat(1 - labelSmoothing), nll),
    binaryOp('mul', reduced, pyFloat(labelSmoothing / classes)));
}

/** weight.gather(0, target[~ignore_mask]): the class weight of every row that is not ignored. */
function keptClassWeights(weight: Tensor, target: Tensor, ignoreMask: Tensor): Tensor {
  const targets = readValues(target);
  const ignored = readValues(ignoreMask);
  const weights = readValues(weight);
  const kept: number[] = [];
  for (let i = 0; i < targets.length; i++) if (ignored[i] === 0) kept.push(weights[targets[i]]);
  return tensorFromValues(weight.dtype, [kept.length], Float64Array.from(kept), unknownReason(weight));
}

function probabilityTargets(self: Tensor, targetIn: Tensor, options: CrossEntropyOptions): Tensor {
  const { weight, reduction, labelSmoothing } = options;
  const classDim = self.ndim === 1 ? 0 : 1;
  const classes = self.shape[classDim];
  if (weight !== undefined && (weight.ndim !== 1 || weight.numel !== classes)) {
    throw new PythonError('RuntimeError', `cross_entropy: weight tensor should be defined either for all ${classes} classes or no classes but got weight tensor of shape: [${weight.shape.join(', ')}]`);
  }
  const input = logSoftmax(self, classDim);
  let target = targetIn;
  if (labelSmoothing > 0) {
    checkLabelSmoothing(labelSmoothing);
    target = binaryOp('add', binaryOp('mul', targetIn, pyFloat(1 - labelSmoothing)), pyFloat(labelSmoothing / classes));
  }
  let product = binaryOp('mul', input, target);
  if (weight !== undefined) product = binaryOp('mul', product, broadcastWeight(weight, input.ndim, classDim));
  if (reduction === 'none') return unaryOp('neg', sum(product, [classDim]));
  const total = unaryOp('neg', sum(product));
  if (reduction === 'sum') return total;
  if (input.numel === 0) return tensorFromValues(total.dtype, [], Float64Array.of(NaN));
  return binaryOp('div', total, pyInt(Math.trunc(input.numel / classes)));
}
