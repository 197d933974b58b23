// Floating-point sums in the order PyTorch's CPU kernels add, so float32 results agree to the last bit in the
// common layouts: the cascade sum of torch.sum (ATen SumKernel: 4 interleaved partial sums, chunked levels,
// 8-lane AVX2 vectors for float32 and 4 for float64) and vec::reduce_all, which softmax uses.
import type { DType } from './dtype';

type Round = (x: number) => number;

const identity: Round = x => x;

export function roundingFor(dtype: DType): Round {
  return dtype === 'float32' ? Math.fround : identity;
}

export function vectorLanes(dtype: DType): number {
  return dtype === 'float32' ? 8 : 4;
}

/** c10::CeilLog2. */
function ceilLog2(x: number): number {
  if (x <= 2) return 1;
  return Math.ceil(Math.log2(x));
}

// The kernels below read element i of a run as values[base + i * step] (strided runs instead of closures: the
// evaluator sums thousands of small tensors, and a closure per element run was a fifth of all it allocated).

/** Accumulators of one cascade: cascades never nest, so one set serves them all. */
const levelSums = new Float64Array(4);

/** multi_row_sum for one accumulator: running sums in chunks, carried up through 4 levels. */
function cascade(values: Float64Array, base: number, step: number, size: number, round: Round): number {
  const levels = 4;
  const levelPower = Math.max(4, Math.floor(ceilLog2(size) / levels));
  const levelStep = 1 << levelPower;
  const levelMask = levelStep - 1;
  const acc = levelSums;
  acc.fill(0);
  let i = 0;
  while (i + levelStep <= size) {
    for (let j = 0; j < levelStep; j++, i++) acc[0] = round(acc[0] + values[base + i * step]);
    for (let j = 1; j < levels; j++) {
      acc[j] = round(acc[j] + acc[j - 1]);
      acc[j - 1] = 0;
      if ((i & (levelMask * 2 ** (j * levelPower))) !== 0) break;
    }
  }
  for (; i < size; i++) acc[0] = round(acc[0] + values[base + i * step]);
  for (let j = 1; j < levels; j++) acc[0] = round(acc[0] + acc[j]);
  return acc[0];
}

/** row_sum: four interleaved cascades, the tail added to the first, then the four combined. */
function rowSum(values: Float64Array, base: number, step: number, size: number, round: Round): number {
  const ilp = 4;
  const sizeIlp = Math.floor(size / ilp);
  let first = cascade(values, base, ilp * step, sizeIlp, round);
  const second = cascade(values, base + step, ilp * step, sizeIlp, round);
  const third = cascade(values, base + 2 * step, ilp * step, sizeIlp, round);
  const fourth = cascade(values, base + 3 * step, ilp * step, sizeIlp, round);
  for (let i = sizeIlp * ilp; i < size; i++) first = round(first + values[base + i * step]);
  first = round(first + second);
  first = round(first + third);
  return round(first + fourth);
}

/** vectorized_inner_sum for one contiguous row: lane-wise row sums, then the tail, then the lanes in order. */
function vectorizedInnerSum(values: Float64Array, start: number, size: number, lanes: number, round: Round): number {
  const vectors = Math.floor(size / lanes);
  let total = 0;
  for (let k = vectors * lanes; k < size; k++) total = round(total + values[start + k]);
  for (let lane = 0; lane < lanes; lane++) total = round(total + rowSum(values, start + lane, lanes, vectors, round));
  return total;
}

/**
 * Sums `groups` consecutive runs of `size` values each (the reduced elements of each output, row-major).
 * `layout` says how the reduced elements lay in the input's memory: 'inner' when they were contiguous (the
 * reduced dims were the last ones), 'outer' with `columns` when each output was a column of a row-major block
 * (kept dims after the reduced ones), 'other' for anything else (added in the row_sum order).
 */
export function sumGroups(
  values: Float64Array,
  groups: number,
  size: number,
  dtype: DType,
  layout: { kind: 'inner' } | { kind: 'outer'; columns: number } | { kind: 'other' },
): Float64Array {
  const out = new Float64Array(groups);
  for (let g = 0; g < groups; g++) out[g] = sumRun(values, g * size, size, dtype, layout, g);
  return out;
}

/** The sum of the `index`th run of `size` values from `start` (see sumGroups). */
export function sumRun(
  values: Float64Array,
  start: number,
  size: number,
  dtype: DType,
  layout: { kind: 'inner' } | { kind: 'outer'; columns: number } | { kind: 'other' },
  index = 0,
): number {
  if (dtype !== 'float32' && dtype !== 'float64') {
    let total = 0;
    for (let i = 0; i < size; i++) total += values[start + i];
    return total;
  }
  const round = roundingFor(dtype);
  const lanes = vectorLanes(dtype);
  if (layout.kind === 'inner' && size >= lanes) return vectorizedInnerSum(values, start, size, lanes, round);
  if (layout.kind === 'outer') {
    // Columns are summed in blocks: 4 vectors of columns (or 4 scalar columns when there are fewer columns
    // than lanes) share one cascade; leftover columns get row_sum.
    const column = index % layout.columns;
    const blockWidth = layout.columns >= lanes ? 4 * lanes : 4;
    const blocked = Math.floor(layout.columns / blockWidth) * blockWidth;
    return column < blocked ? cascade(values, start, 1, size, round) : rowSum(values, start, 1, size, round);
  }
  return rowSum(values, start, 1, size, round);
}

/** vec::reduce_all(+) as softmax uses it: lane-wise accumulation, then the AVX2 horizontal-add tree. */
export function reduceAllSum(values: Float64Array, start: number, size: number, dtype: DType): number {
  const round = roundingFor(dtype);
  const lanes = vectorLanes(dtype);
  if (size < lanes) {
    let total = values[start];
    for (let i = 1; i < size; i++) total = round(total + values[start + i]);
    return size === 0 ? 0 : total;
  }
  const acc = new Float64Array(lanes);
  for (let lane = 0; lane < lanes; lane++) acc[lane] = values[start + lane];
  let d = lanes;
  for (; d < size - (size % lanes); d += lanes) {
    for (let lane = 0; lane < lanes; lane++) acc[lane] = round(acc[lane] + values[start + d + lane]);
  }
  for (let lane = 0; d + lane < size; lane++) acc[lane] = round(acc[lane] + values[start + d + lane]);
  return horizontalSum(acc, round);
}

/** The shuffle-and-add tree of vec_reduce_all for a full AVX2 vector. */
function horizontalSum(acc: Float64Array, round: Round): number {
  let width = acc.length;
  const lanes = Float64Array.from(acc);
  while (width > 1) {
    width /= 2;
    for (let i = 0; i < width; i++) lanes[i] = round(lanes[i] + lanes[i + width]);
  }
  return lanes[0];
}
