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

/** multi_row_sum for one accumulator: running sums in chunks, carried up through 4 levels. */
function cascade(load: (i: number) => number, size: number, round: Round): number {
  const levels = 4;
  const levelPower = Math.max(4, Math.floor(ceilLog2(size) / levels));
  const levelStep = 1 << levelPower;
  const levelMask = levelStep - 1;
  const acc = [0, 0, 0, 0];
  let i = 0;
  while (i + levelStep <= size) {
    for (let j = 0; j < levelStep; j++, i++) acc[0] = round(acc[0] + load(i));
    for (let j = 1; j < levels; j++) {
      acc[j] = round(acc[j] + acc[j - 1]);
      acc[j - 1] = 0;
      if ((i & (levelMask * 2 ** (j * levelPower))) !== 0) break;
    }
  }
  for (; i < size; i++) acc[0] = round(acc[0] + load(i));
  for (let j = 1; j < levels; j++) acc[0] = round(acc[0] + acc[j]);
  return acc[0];
}

/** row_sum: four interleaved cascades, the tail added to the first, then the four combined. */
function rowSum(load: (i: number) => number, size: number, round: Round): number {
  const ilp = 4;
  const sizeIlp = Math.floor(size / ilp);
  const partials = [0, 1, 2, 3].map(k => cascade(i => load(i * ilp + k), sizeIlp, round));
  for (let i = sizeIlp * ilp; i < size; i++) partials[0] = round(partials[0] + load(i));
  for (let k = 1; k < ilp; k++) partials[0] = round(partials[0] + partials[k]);
  return partials[0];
}

/** vectorized_inner_sum for one contiguous row: lane-wise row sums, then the tail, then the lanes in order. */
function vectorizedInnerSum(values: Float64Array, start: number, size: number, lanes: number, round: Round): number {
  const vectors = Math.floor(size / lanes);
  let total = 0;
  for (let k = vectors * lanes; k < size; k++) total = round(total + values[start + k]);
  for (let lane = 0; lane < lanes; lane++) total = round(total + rowSum(i => values[start + i * lanes + lane], vectors, round));
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
  if (dtype !== 'float32' && dtype !== 'float64') {
    for (let g = 0; g < groups; g++) {
      let total = 0;
      for (let i = 0; i < size; i++) total += values[g * size + i];
      out[g] = total;
    }
    return out;
  }
  const round = roundingFor(dtype);
  const lanes = vectorLanes(dtype);
  for (let g = 0; g < groups; g++) {
    const start = g * size;
    const load = (i: number) => values[start + i];
    if (layout.kind === 'inner' && size >= lanes) {
      out[g] = vectorizedInnerSum(values, start, size, lanes, round);
    } else if (layout.kind === 'outer') {
      // Columns are summed in blocks: 4 vectors of columns (or 4 scalar columns when there are fewer columns
      // than lanes) share one cascade; leftover columns get row_sum.
      const column = g % layout.columns;
      const blockWidth = layout.columns >= lanes ? 4 * lanes : 4;
      const blocked = Math.floor(layout.columns / blockWidth) * blockWidth;
      out[g] = column < blocked ? cascade(load, size, round) : rowSum(load, size, round);
    } else {
      out[g] = rowSum(load, size, round);
    }
  }
  return out;
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
