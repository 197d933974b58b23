// F.binary_cross_entropy (probabilities, logs clamped at −100) and F.binary_cross_entropy_with_logits (the
// numerically stable form with an optional pos_weight), as ATen computes them.
import { PythonError } from '../../evaluator/values';
import { binaryOp, binaryOpInPlace } from '../binaryOps';
import { clampInPlace } from '../clamp';
import { pyInt } from '../operand';
import { roundingFor } from '../summation';
import { readValues, requireKnownValues, type Tensor, tensorFromValues, unknownReasonOf } from '../tensor';
import { unaryOp, unaryOpInPlace } from '../unaryOps';
import { expand } from '../views';
import { broadcastShapes } from '../shape';
import { applyReduction, type Reduction } from './reduction';

function sizeText(t: Tensor): string {
  return `torch.Size([${t.shape.join(', ')}])`;
}

export function binaryCrossEntropy(input: Tensor, target: Tensor, weight: Tensor | undefined, reduction: Reduction): Tensor {
  if (target.ndim !== input.ndim || target.shape.some((size, d) => size !== input.shape[d])) {
    throw new PythonError('ValueError', `Using a target size (${sizeText(target)}) that is different to the input size (${sizeText(input)}) is deprecated. Please ensure they have the same size.`);
  }
  requireKnownValues(input);
  const dtype = input.dtype;
  const round = roundingFor(dtype);
  const xs = readValues(input);
  const ys = readValues(target);
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const y = round(ys[i]);
    if (!(x >= 0 && x <= 1)) throw new PythonError('RuntimeError', 'all elements of input should be between 0 and 1');
    const logOneMinus = Math.max(round(Math.log1p(-x)), -100);
    const logX = Math.max(round(Math.log(x)), -100);
    out[i] = round(round(round(y - 1) * logOneMinus) - round(y * logX));
  }
  let loss = tensorFromValues(dtype, input.shape, out, unknownReasonOf(input, target));
  if (weight !== undefined) loss = binaryOp('mul', loss, expand(weight, broadcastShapes(target.shape, weight.shape)));
  return applyReduction(loss, reduction);
}

export function binaryCrossEntropyWithLogits(input: Tensor, target: Tensor, weight: Tensor | undefined, posWeight: Tensor | undefined, reduction: Reduction): Tensor {
  if (target.ndim !== input.ndim || target.shape.some((size, d) => size !== input.shape[d])) {
    throw new PythonError('ValueError', `Target size (${sizeText(target)}) must be the same as input size (${sizeText(input)})`);
  }
  const maxValue = clampInPlace(unaryOp('neg', input), pyInt(0), undefined);
  const oneMinusTarget = binaryOp('sub', pyInt(1), target);
  let loss: Tensor;
  // log(exp(-max) + exp(-input - max)) + max, the stable log(1 + exp(-input)).
  const softplusPart = () => binaryOpInPlace('add',
    unaryOpInPlace('log', binaryOpInPlace('add', unaryOpInPlace('exp', unaryOp('neg', maxValue)), unaryOpInPlace('exp', binaryOp('sub', unaryOp('neg', input), maxValue)))),
    maxValue);
  if (posWeight !== undefined) {
    const logWeight = binaryOpInPlace('add', binaryOp('mul', binaryOp('sub', posWeight, pyInt(1)), target), pyInt(1));
    loss = binaryOpInPlace('add', binaryOpInPlace('mul', oneMinusTarget, input), binaryOpInPlace('mul', logWeight, softplusPart()));
  } else {
    loss = binaryOpInPlace('add', binaryOpInPlace('add', binaryOpInPlace('mul', oneMinusTarget, input), maxValue),
      unaryOpInPlace('log', binaryOpInPlace('add', unaryOpInPlace('exp', unaryOp('neg', maxValue)), unaryOpInPlace('exp', binaryOp('sub', unaryOp('neg', input), maxValue)))));
  }
  if (weight !== undefined) loss = binaryOp('mul', loss, weight);
  return applyReduction(loss, reduction);
}
