// F.nll_loss as ATen computes it: pick -input[i, target_i] (times the class weight) for every row not equal to
// ignore_index, sum with ATen's cascaded partial sums, and for 'mean' divide by the summed weights of the rows
// kept (their count without weights). Inputs with extra dimensions, (N, C, d1, …), are treated per position.
import { PythonError } from '../../evaluator/values';
import { type DType, scalarTypeName } from '../dtype';
import { formatSizes } from '../shape';
import { roundingFor } from '../summation';
import { readValues, requireKnownValues, type Tensor, tensorFromValues, unknownReasonOf } from '../tensor';
import type { Reduction } from './reduction';

export interface NllOptions {
  readonly weight?: Tensor;
  readonly ignoreIndex: number;
  readonly reduction: Reduction;
}

/** nll_loss_nd: the entry point of F.nll_loss and of F.cross_entropy with class-index targets. */
export function nllLoss(input: Tensor, target: Tensor, options: NllOptions): Tensor {
  if (input.ndim < 1) throw new PythonError('ValueError', `Expected 1 or more dimensions (got ${input.ndim})`);
  if (input.ndim !== 1 && target.ndim > 0 && input.shape[0] !== target.shape[0]) {
    throw new PythonError('ValueError', `Expected input batch_size (${input.shape[0]}) to match target batch_size (${target.shape[0]}).`);
  }
  if (input.ndim <= 2) return nllLossRows(input, target, options);
  const spatial = input.shape.slice(2);
  const outSize = [input.shape[0], ...spatial];
  const targetRest = target.shape.slice(1);
  if (targetRest.length !== spatial.length || targetRest.some((size, i) => size !== spatial[i])) {
    throw new PythonError('RuntimeError', `Expected target size ${formatSizes(outSize)}, got ${formatSizes(target.shape)}`);
  }
  const classes = input.shape[1];
  const positions = spatial.reduce((a, b) => a * b, 1);
  const values = readValues(input);
  // Element (b, c, p) of the contiguous input sits at (b * classes + c) * positions + p.
  const at = (row: number, c: number) => {
    const b = Math.floor(row / positions);
    const p = row % positions;
    return values[(b * classes + c) * positions + p];
  };
  return nllKernel(input, target, at, input.shape[0] * positions, classes, options, outSize);
}

/** nll_loss proper: (C) or (N, C) input, () or (N) target. */
function nllLossRows(input: Tensor, target: Tensor, options: NllOptions): Tensor {
  if (target.ndim > 1) throw new PythonError('RuntimeError', '0D or 1D target tensor expected, multi-target not supported');
  const noBatchDim = input.ndim === 1 && target.ndim === 0;
  if (!noBatchDim && input.shape[0] !== (target.ndim === 0 ? 1 : target.shape[0])) {
    throw new PythonError('RuntimeError', `size mismatch (got input: ${formatSizes(input.shape)}, target: ${formatSizes(target.shape)})`);
  }
  const classes = input.shape[input.ndim - 1];
  const rows = input.ndim === 1 ? 1 : input.shape[0];
  const values = readValues(input);
  const outShape = input.ndim === 2 ? [rows] : [];
  return nllKernel(input, target, (row, c) => values[row * classes + c], rows, classes, options, outShape);
}

function nllKernel(
  input: Tensor,
  target: Tensor,
  at: (row: number, c: number) => number,
  rows: number,
  classes: number,
  options: NllOptions,
  noneShape: readonly number[],
): Tensor {
  const { weight, ignoreIndex, reduction } = options;
  if (weight !== undefined && (weight.ndim !== 1 || weight.numel !== classes)) {
    throw new PythonError('RuntimeError', `weight tensor should be defined either for all ${classes} classes or no classes but got weight tensor of shape: ${formatSizes(weight.shape)}`);
  }
  if (target.dtype !== 'int64') throw new PythonError('RuntimeError', `expected scalar type Long but found ${scalarTypeName(target.dtype)}`);
  if (weight !== undefined && weight.dtype !== input.dtype) {
    throw new PythonError('RuntimeError', `expected scalar type ${scalarTypeName(input.dtype)} but found ${scalarTypeName(weight.dtype)}`);
  }
  requireKnownValues(target);
  const targets = readValues(target);
  const weights = weight === undefined ? undefined : readValues(weight);
  const dtype: DType = input.dtype;
  const round = roundingFor(dtype);
  const unknown = unknownReasonOf(input, weight);
  for (let i = 0; i < rows; i++) {
    const t = targets[i];
    if (t !== ignoreIndex && (t < 0 || t >= classes)) throw new PythonError('IndexError', `Target ${t} is out of bounds.`);
  }
  if (reduction === 'none' && noneShape.length > 0) {
    const out = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      const t = targets[i];
      out[i] = t === ignoreIndex ? 0 : round(-at(i, t) * (weights === undefined ? 1 : weights[t]));
    }
    return tensorFromValues(dtype, noneShape, out, unknown);
  }
  // ATen's cascaded summation: 8 levels, carried whenever the row index crosses a chunk boundary.
  const levels = 8;
  const levelPower = Math.max(4, Math.floor(ceilLog2(rows) / levels));
  const levelMask = (1 << levelPower) - 1;
  const lossSums = new Float64Array(levels);
  const weightSums = new Float64Array(levels);
  let ignored = 0;
  for (let i = 0; i < rows; i++) {
    const t = targets[i];
    if (t === ignoreIndex) {
      ignored++;
      continue;
    }
    const value = at(i, t);
    if (weights !== undefined) {
      lossSums[0] = round(lossSums[0] - round(value * weights[t]));
      weightSums[0] = round(weightSums[0] + weights[t]);
    } else {
      lossSums[0] = round(lossSums[0] - value);
    }
    for (let j = 0; j + 1 < levels; j++) {
      if ((i & (levelMask * 2 ** (j * levelPower))) !== 0) break;
      weightSums[j + 1] = round(weightSums[j + 1] + weightSums[j]);
      lossSums[j + 1] = round(lossSums[j + 1] + lossSums[j]);
      weightSums[j] = 0;
      lossSums[j] = 0;
    }
  }
  let totalWeight = weights === undefined ? rows - ignored : 0;
  if (weights !== undefined) for (const partial of weightSums) totalWeight = round(totalWeight + partial);
  let output = 0;
  for (const partial of lossSums) output = round(output + partial);
  if (reduction === 'mean') output = round(output / totalWeight);
  return tensorFromValues(dtype, [], Float64Array.of(output), unknown);
}

function ceilLog2(x: number): number {
  return x <= 2 ? 1 : Math.ceil(Math.log2(x));
}
