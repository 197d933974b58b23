// softmax and log_softmax along a dimension, step for step as ATen's CPU kernels: subtract the row maximum,
// exponentiate, sum (vectorized order), then multiply by the reciprocal (softmax) or subtract the log-sum
// (log_softmax). Integer tensors are refused, as in PyTorch, unless a floating `dtype` is given.
import { PythonError } from '../evaluator/values';
import { type DType, isFloating, scalarTypeName } from './dtype';
import { expOf, logOf } from './floatMath';
import { wrapDim } from './shape';
import { reduceAllSum, roundingFor } from './summation';
import { castTensor, readValues, type Tensor, tensorFromValues, unknownReason } from './tensor';

export function softmax(t: Tensor, dim: number, dtype?: DType): Tensor {
  return softmaxKernel(t, dim, dtype, false);
}

export function logSoftmax(t: Tensor, dim: number, dtype?: DType): Tensor {
  return softmaxKernel(t, dim, dtype, true);
}

/** The dim F.softmax picks when none is given (a deprecated implicit choice, with a warning). */
export function implicitSoftmaxDim(ndim: number): number {
  return ndim === 0 || ndim === 1 || ndim === 3 ? 0 : 1;
}

function softmaxKernel(t: Tensor, dim: number, dtype: DType | undefined, log: boolean): Tensor {
  const input = dtype !== undefined && dtype !== t.dtype ? castTensor(t, dtype) : t;
  const d = wrapDim(dim, input.ndim);
  const lastDim = input.ndim === 0 || d === input.ndim - 1;
  if (!isFloating(input.dtype)) {
    const kernel = `${log ? 'log_softmax' : 'softmax'}${lastDim ? '_lastdim' : ''}_kernel_impl`;
    throw new PythonError('RuntimeError', `"${kernel}" not implemented for '${scalarTypeName(input.dtype)}'`);
  }
  const values = readValues(input);
  const out = new Float64Array(values.length);
  const dimSize = input.ndim === 0 ? 1 : input.shape[d];
  const inner = input.shape.slice(d + 1).reduce((a, b) => a * b, 1);
  const outer = input.numel / Math.max(dimSize * inner, 1);
  const dtypeOut = input.dtype;
  const round = roundingFor(dtypeOut);
  if (input.numel > 0) {
    if (inner === 1) {
      const exps = new Float64Array(dimSize);
      for (let o = 0; o < outer; o++) {
        const start = o * dimSize;
        const max = rowMax(values, start, 1, dimSize);
        for (let i = 0; i < dimSize; i++) exps[i] = expOf(round(values[start + i] - max), dtypeOut);
        const total = reduceAllSum(exps, 0, dimSize, dtypeOut);
        if (log) {
          const logTotal = logOf(total, dtypeOut);
          for (let i = 0; i < dimSize; i++) out[start + i] = round(round(values[start + i] - max) - logTotal);
        } else {
          const reciprocal = round(1 / total);
          for (let i = 0; i < dimSize; i++) out[start + i] = round(exps[i] * reciprocal);
        }
      }
    } else {
      // Softmax over an inner dimension: each (outer, inner) position runs down the dim sequentially.
      for (let o = 0; o < outer; o++) {
        for (let j = 0; j < inner; j++) {
          const start = o * dimSize * inner + j;
          const max = rowMax(values, start, inner, dimSize);
          let total = 0;
          for (let i = 0; i < dimSize; i++) total = round(total + expOf(round(values[start + i * inner] - max), dtypeOut));
          const logTotal = logOf(total, dtypeOut);
          for (let i = 0; i < dimSize; i++) {
            const shifted = round(values[start + i * inner] - max);
            out[start + i * inner] = log ? round(shifted - logTotal) : round(expOf(shifted, dtypeOut) / total);
          }
        }
      }
    }
  }
  return tensorFromValues(dtypeOut, input.shape, out, unknownReason(t));
}

function rowMax(values: Float64Array, start: number, stride: number, size: number): number {
  let max = -Infinity;
  for (let i = 0; i < size; i++) {
    const value = values[start + i * stride];
    if (Number.isNaN(value)) return NaN;
    if (value > max) max = value;
  }
  return max;
}
