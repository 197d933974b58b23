// F.kl_div(input, target): input holds log-probabilities; target probabilities (or log-probabilities with
// log_target=True). Pointwise target·(log target − input) with 0·log 0 = 0 (xlogy), then the reduction;
// 'batchmean' (the true KL divergence) sums and divides by the batch size, 'mean' divides by every element.
import { binaryOp } from '../binaryOps';
import { pyInt } from '../operand';
import { readValues, type Tensor, tensorFromValues, unknownReasonOf } from '../tensor';
import { broadcastShapes } from '../shape';
import { broadcastTo } from '../views';
import { roundingFor } from '../summation';
import { logOf } from '../floatMath';
import { promoteTypes } from '../dtype';
import { unaryOp } from '../unaryOps';
import { applyReduction, type Reduction } from './reduction';

export type KlReduction = Reduction | 'batchmean';

export function klDiv(input: Tensor, target: Tensor, reduction: KlReduction, logTarget: boolean): Tensor {
  const pointwise = logTarget
    ? binaryOp('mul', unaryOp('exp', target), binaryOp('sub', target, input))
    : binaryOp('sub', xlogy(target, target), binaryOp('mul', target, input));
  const reduced = applyReduction(pointwise, reduction === 'batchmean' ? 'sum' : reduction);
  if (reduction === 'batchmean' && input.ndim !== 0) return binaryOp('div', reduced, pyInt(input.shape[0]));
  return reduced;
}

/** torch.xlogy(x, y): x·log(y), but 0 where x is 0 (NaN where y is NaN). */
export function xlogy(x: Tensor, y: Tensor): Tensor {
  const dtype = promoteTypes(x.dtype, y.dtype) === 'float64' ? 'float64' : 'float32';
  const shape = broadcastShapes(x.shape, y.shape);
  const xs = readValues(broadcastTo(x, shape));
  const ys = readValues(broadcastTo(y, shape));
  const round = roundingFor(dtype);
  const out = new Float64Array(xs.length);
  for (let i = 0; i < out.length; i++) {
    if (Number.isNaN(ys[i])) out[i] = NaN;
    else if (xs[i] === 0) out[i] = 0;
    else out[i] = round(round(xs[i]) * logOf(round(ys[i]), dtype));
  }
  return tensorFromValues(dtype, shape, out, unknownReasonOf(x, y));
}
