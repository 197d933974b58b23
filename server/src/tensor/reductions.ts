// Reductions over dimensions: sum, mean, max/min (with indices), argmax/argmin, amax/amin, logsumexp, all/any.
import { PythonError, type PyValue } from '../evaluator/values';
import { type DType, DEFAULT_FLOAT, isFloating, scalarTypeName } from './dtype';
import { binaryOp } from './binaryOps';
import { makeNamedTuple } from './namedTuple';
import { wrapDim } from './shape';
import { sumGroups, sumRun } from './summation';
import { castTensor, readValues, type Tensor, tensorFromValues, unknownReason } from './tensor';
import { unaryOp } from './unaryOps';
import { permute } from './views';

/** The reduced elements of each output, gathered row-major: `groups` runs of `size` values. */
interface Grouped {
  readonly values: Float64Array;
  readonly groups: number;
  readonly size: number;
  /** The output shape (reduced dims removed, or kept as 1 with keepdim). */
  readonly shape: number[];
  readonly layout: { kind: 'inner' } | { kind: 'outer'; columns: number } | { kind: 'other' };
}

/** Normalizes `dim` (undefined or [] = all dims) to sorted, distinct, non-negative dims. */
export function reductionDims(t: Tensor, dims: readonly number[] | undefined): number[] {
  if (dims === undefined || dims.length === 0) return t.shape.map((_, d) => d);
  const wrapped = dims.map(d => wrapDim(d, t.ndim));
  const seen = new Set<number>();
  for (const d of wrapped) {
    if (seen.has(d)) throw new PythonError('RuntimeError', `dim ${d} appears multiple times in the list of dims`);
    seen.add(d);
  }
  return t.ndim === 0 ? [] : [...seen].sort((a, b) => a - b);
}

function group(t: Tensor, dims: readonly number[], keepdim: boolean): Grouped {
  const kept = t.shape.map((_, d) => d).filter(d => !dims.includes(d));
  const values = readValues(t.ndim === 0 ? t : permute(t, [...kept, ...dims]));
  const size = dims.reduce((n, d) => n * t.shape[d], 1);
  const groups = kept.reduce((n, d) => n * t.shape[d], 1);
  const shape = keepdim ? t.shape.map((s, d) => (dims.includes(d) ? 1 : s)) : kept.map(d => t.shape[d]);
  return { values, groups, size, shape, layout: memoryLayout(t, dims) };
}

const INNER: Grouped['layout'] = { kind: 'inner' };
const OTHER: Grouped['layout'] = { kind: 'other' };

/**
 * How the reduced elements lie in memory, which decides PyTorch's summation order (see summation.ts). Only dims
 * of size ≠ 1 count; loops rather than array pipelines, since every sum the evaluator makes asks.
 */
function memoryLayout(t: Tensor, dims: readonly number[]): Grouped['layout'] {
  if (!t.isContiguous()) return OTHER;
  // The reduced dims must be adjacent among the significant ones: one run, nothing reduced after it ends.
  let run: 'before' | 'in' | 'after' = 'before';
  let lastReduced = -1;
  for (let d = 0; d < t.ndim; d++) {
    if (t.shape[d] === 1) continue;
    if (dims.includes(d)) {
      if (run === 'after') return OTHER;
      run = 'in';
      lastReduced = d;
    } else if (run === 'in') {
      run = 'after';
    }
  }
  let columns = 1;
  let keptAfter = false;
  for (let d = lastReduced + 1; d < t.ndim; d++) {
    if (t.shape[d] === 1 || dims.includes(d)) continue;
    keptAfter = true;
    columns *= t.shape[d];
  }
  return keptAfter ? { kind: 'outer', columns } : INNER;
}

/** `t.sum(dim, keepdim, dtype)`: bool and integer tensors sum to int64. */
export function sum(t: Tensor, dims?: readonly number[], keepdim = false, dtype?: DType): Tensor {
  const outDtype = dtype ?? (isFloating(t.dtype) ? t.dtype : 'int64');
  const input = outDtype === t.dtype ? t : castTensor(t, outDtype);
  const g = group(input, reductionDims(input, dims), keepdim);
  return tensorFromValues(outDtype, g.shape, sumGroups(g.values, g.groups, g.size, outDtype, g.layout), unknownReason(t));
}

/**
 * The sum of each t[m] (m along the first dim) of a contiguous floating tensor as numbers, added in torch.sum's
 * order: what `t[m].sum().item()` gives, without building the tensors (the evaluator sums its tangent columns
 * this way for every value it records).
 */
export function sumAllOfEach(t: Tensor): number[] {
  if (!isFloating(t.dtype)) throw new TypeError(`sumAllOfEach takes a floating tensor, not ${t.dtype}`);
  if (t.ndim === 0) throw new TypeError('sumAllOfEach takes a tensor with a first dim');
  if (t.numel === 0) return new Array<number>(t.shape[0]).fill(0);
  if (!t.isContiguous()) throw new TypeError('sumAllOfEach takes a contiguous tensor');
  const size = t.numel / t.shape[0];
  // A contiguous slice's elements are one run of storage: all its dims reduced together, the innermost layout.
  return Array.from({ length: t.shape[0] }, (_, m) => sumRun(t.storage.data, t.offset + m * size, size, t.dtype, INNER));
}

/** `t.mean(dim, keepdim, dtype)`: floating tensors only; the sum divided by the count, as PyTorch does. */
export function mean(t: Tensor, dims?: readonly number[], keepdim = false, dtype?: DType): Tensor {
  if (dtype !== undefined && !isFloating(dtype)) {
    throw new PythonError('RuntimeError', `mean(): could not infer output dtype. Optional dtype must be either a floating point or complex dtype. Got: ${scalarTypeName(dtype)}`);
  }
  if (dtype === undefined && !isFloating(t.dtype)) {
    throw new PythonError('RuntimeError', `mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ${scalarTypeName(t.dtype)}`);
  }
  const reduced = reductionDims(t, dims);
  const count = reduced.reduce((n, d) => n * t.shape[d], 1);
  const total = sum(t, reduced.length === 0 && t.ndim > 0 ? undefined : reduced, keepdim, dtype);
  return binaryOp('div', total, { kind: 'int', value: count });
}

type Extremum = 'max' | 'min';

/** max/min over all elements: a 0-dim tensor; NaN wins. */
export function extremumAll(t: Tensor, which: Extremum): Tensor {
  if (t.numel === 0) {
    throw new PythonError('RuntimeError', `${which}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.`);
  }
  const values = readValues(t);
  return tensorFromValues(t.dtype, [], Float64Array.of(values[extremumIndex(values, 0, values.length, which)]), unknownReason(t));
}

/** The first index of the maximum (minimum) in values[start, start+size), or of the first NaN. */
function extremumIndex(values: Float64Array, start: number, size: number, which: Extremum): number {
  let best = 0;
  for (let i = 0; i < size; i++) {
    const value = values[start + i];
    if (Number.isNaN(value)) return i;
    if (which === 'max' ? value > values[start + best] : value < values[start + best]) best = i;
  }
  return best;
}

/** Values and first indices of the max/min along one dim. */
function extremumAlong(t: Tensor, dim: number, keepdim: boolean, which: Extremum, opName: string): { values: Tensor; indices: Tensor } {
  const d = wrapDim(dim, t.ndim);
  const g = group(t, t.ndim === 0 ? [] : [d], keepdim);
  if (g.size === 0) throw new PythonError('IndexError', `${opName}(): Expected reduction dim ${d} to have non-zero size.`);
  const values = new Float64Array(g.groups);
  const indices = new Float64Array(g.groups);
  for (let i = 0; i < g.groups; i++) {
    const index = extremumIndex(g.values, i * g.size, g.size, which);
    indices[i] = index;
    values[i] = g.values[i * g.size + index];
  }
  const reason = unknownReason(t);
  return { values: tensorFromValues(t.dtype, g.shape, values, reason), indices: tensorFromValues('int64', g.shape, indices, reason) };
}

/** `t.max(dim, keepdim)`: the named tuple torch.return_types.max(values, indices). */
export function extremumWithIndices(t: Tensor, dim: number, keepdim: boolean, which: Extremum): PyValue {
  const { values, indices } = extremumAlong(t, dim, keepdim, which, which);
  return makeNamedTuple(`torch.return_types.${which}`, [['values', { kind: 'tensor', tensor: values }], ['indices', { kind: 'tensor', tensor: indices }]]);
}

/** `t.argmax(dim=None, keepdim=False)`. */
export function argExtremum(t: Tensor, dim: number | undefined, keepdim: boolean, which: Extremum): Tensor {
  const name = which === 'max' ? 'argmax' : 'argmin';
  if (dim === undefined) {
    if (t.numel === 0) throw new PythonError('IndexError', `${name}(): Expected reduction dim to be specified for input.numel() == 0.`);
    const values = readValues(t);
    const shape = keepdim ? t.shape.map(() => 1) : [];
    return tensorFromValues('int64', shape, Float64Array.of(extremumIndex(values, 0, values.length, which)), unknownReason(t));
  }
  return extremumAlong(t, dim, keepdim, which, name).indices;
}

/** `t.amax(dim, keepdim)` / `t.amin(…)`: several dims at once, values only. */
export function amaxAmin(t: Tensor, dims: readonly number[] | undefined, keepdim: boolean, which: Extremum): Tensor {
  const reduced = reductionDims(t, dims);
  const g = group(t, reduced, keepdim);
  if (g.size === 0) throw new PythonError('IndexError', `a${which}(): Expected reduction dim ${reduced[0]} to have non-zero size.`);
  const values = new Float64Array(g.groups);
  for (let i = 0; i < g.groups; i++) values[i] = g.values[i * g.size + extremumIndex(g.values, i * g.size, g.size, which)];
  return tensorFromValues(t.dtype, g.shape, values, unknownReason(t));
}

/** `t.all()` / `t.any()` (optionally along one dim): bool results. */
export function allAny(t: Tensor, dim: number | undefined, keepdim: boolean, which: 'all' | 'any'): Tensor {
  const reduced = dim === undefined ? reductionDims(t, undefined) : [wrapDim(dim, t.ndim)];
  const g = group(t, t.ndim === 0 ? [] : reduced, dim === undefined ? false : keepdim);
  const out = new Float64Array(g.groups);
  for (let i = 0; i < g.groups; i++) {
    let result = which === 'all';
    for (let k = 0; k < g.size; k++) {
      const truthy = g.values[i * g.size + k] !== 0;
      if (which === 'all' && !truthy) result = false;
      if (which === 'any' && truthy) result = true;
    }
    out[i] = result ? 1 : 0;
  }
  return tensorFromValues('bool', g.shape, out, unknownReason(t));
}

/**
 * `t.logsumexp(dim, keepdim)` as ATen computes it: subtract the max (infinite maxima replaced by 0), sum the
 * exps, take the log and add the max back. Integer tensors are converted to float32 first.
 */
export function logsumexp(t: Tensor, dims: readonly number[], keepdim: boolean): Tensor {
  const input = isFloating(t.dtype) ? t : castTensor(t, DEFAULT_FLOAT);
  const reduced = reductionDims(input, dims);
  if (input.numel === 0) {
    const g = group(input, reduced, keepdim);
    return tensorFromValues(input.dtype, g.shape, new Float64Array(g.groups).fill(-Infinity));
  }
  const maxes = amaxAmin(input, reduced, true, 'max');
  const maxValues = maxes.storage.data;
  for (let i = 0; i < maxValues.length; i++) if (Math.abs(maxValues[i]) === Infinity) maxValues[i] = 0;
  const shifted = unaryOp('exp', binaryOp('sub', input, maxes));
  const logged = unaryOp('log', sum(shifted, reduced, keepdim));
  const squeezedShape = logged.shape;
  const maxesForResult = tensorFromValues(input.dtype, squeezedShape, Float64Array.from(maxValues));
  return binaryOp('add', logged, maxesForResult);
}

