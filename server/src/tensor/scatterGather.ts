// scatter_ / scatter_add_ / gather along a dimension, with PyTorch's checks: int64 index, matching number of
// dimensions, index sizes within self (and src), and every index within the dimension.
import { PythonError } from '../evaluator/values';
import { castTo } from './dtype';
import { formatSizes, wrapDim } from './shape';
import { checkNoInternalOverlap, cloneTensor, contiguousStrides, readValues, requireKnownValues, type Tensor, tensorFromValues, unknownReasonOf } from './tensor';

/** What scatter writes: a tensor of values (src) or one number (value). */
export type ScatterSource = Tensor | number;
export type ScatterReduce = 'none' | 'add' | 'multiply';

/** `self.scatter_(dim, index, src|value, reduce=…)`. */
export function scatterInPlace(self: Tensor, dim: number, index: Tensor, source: ScatterSource, reduce: ScatterReduce = 'none', opName = 'scatter'): Tensor {
  const d = wrapDim(dim, self.ndim);
  if (index.dtype !== 'int64') throw new PythonError('RuntimeError', `${opName}(): Expected dtype int64 for index`);
  const src = typeof source === 'number' ? undefined : source;
  if (src !== undefined && src.dtype !== self.dtype) throw new PythonError('RuntimeError', `${opName}(): Expected self.dtype to be equal to src.dtype`);
  if (index.numel === 0) return self;
  if (Math.max(index.ndim, 1) !== Math.max(self.ndim, 1)) throw new PythonError('RuntimeError', 'Index tensor must have the same number of dimensions as self tensor');
  if (src !== undefined && Math.max(index.ndim, 1) !== Math.max(src.ndim, 1)) throw new PythonError('RuntimeError', 'Index tensor must have the same number of dimensions as src tensor');
  checkScatterSizes(self, d, index, src);
  checkNoInternalOverlap(self);
  requireKnownValues(index);
  const positions = indexPositions(self, d, index);
  const storage = self.storage;
  const sourceValues = src === undefined ? undefined : sourceValuesAt(src, index);
  const unknown = unknownReasonOf(src);
  const fill = typeof source === 'number' ? castTo(self.dtype, source) : 0;
  for (let i = 0; i < positions.length; i++) {
    const offset = positions[i];
    const value = sourceValues === undefined ? fill : sourceValues[i];
    const current = storage.data[offset];
    const next = reduce === 'add' ? current + value : reduce === 'multiply' ? current * value : value;
    storage.data[offset] = castTo(self.dtype, next);
    if (unknown === undefined && (reduce === 'none' || storage.isKnown(offset))) storage.markKnown(offset);
    else storage.markUnknown(offset, unknown ?? storage.unknownReason);
  }
  return self;
}

export function scatter(self: Tensor, dim: number, index: Tensor, source: ScatterSource, reduce: ScatterReduce = 'none'): Tensor {
  return scatterInPlace(cloneTensor(self), dim, index, source, reduce);
}

export function scatterAddInPlace(self: Tensor, dim: number, index: Tensor, src: Tensor): Tensor {
  return scatterInPlace(self, dim, index, src, 'add', 'scatter_add');
}

export function scatterAdd(self: Tensor, dim: number, index: Tensor, src: Tensor): Tensor {
  return scatterAddInPlace(cloneTensor(self), dim, index, src);
}

/** `self.gather(dim, index)`: out[i][j] = self[i][index[i][j]] (for dim 1), shaped like index. */
export function gather(self: Tensor, dim: number, index: Tensor): Tensor {
  const d = wrapDim(dim, self.ndim);
  if (index.dtype !== 'int64') throw new PythonError('RuntimeError', 'gather(): Expected dtype int64 for index');
  if (index.numel > 0 && Math.max(index.ndim, 1) !== Math.max(self.ndim, 1)) {
    throw new PythonError('RuntimeError', 'Index tensor must have the same number of dimensions as input tensor');
  }
  for (let k = 0; k < index.ndim; k++) {
    if (k !== d && index.shape[k] > self.shape[k]) {
      throw new PythonError('RuntimeError', `Size does not match at dimension ${k} expected index ${formatSizes(index.shape)} to be smaller than self ${formatSizes(self.shape)} apart from dimension ${d}`);
    }
  }
  requireKnownValues(index);
  const positions = indexPositions(self, d, index);
  const data = self.storage.data;
  const values = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i++) values[i] = data[positions[i]];
  return tensorFromValues(self.dtype, index.shape, values, unknownReasonOf(self));
}

function checkScatterSizes(self: Tensor, d: number, index: Tensor, src: Tensor | undefined): void {
  const tooBig = index.shape.some((size, k) => (k !== d && size > self.shape[k]) || (src !== undefined && size > src.shape[k]));
  if (!tooBig) return;
  const srcPart = src === undefined ? '' : ` and to be smaller size than src ${formatSizes(src.shape)}`;
  throw new PythonError('RuntimeError', `Expected index ${formatSizes(index.shape)} to be smaller than self ${formatSizes(self.shape)} apart from dimension ${d}${srcPart}`);
}

/**
 * For each element of index (row-major), the storage offset in self it addresses: its own coordinates with
 * coordinate `d` replaced by the index value (which must lie in 0…size−1; negative indices are errors here).
 */
function indexPositions(self: Tensor, d: number, index: Tensor): Int32Array {
  const indexValues = readValues(index);
  const shape = index.ndim === 0 ? [1] : index.shape;
  const selfStrides = self.ndim === 0 ? [1] : self.strides;
  const selfSize = self.ndim === 0 ? 1 : self.shape[d];
  const strides = contiguousStrides(shape);
  const positions = new Int32Array(indexValues.length);
  for (let i = 0; i < indexValues.length; i++) {
    const target = indexValues[i];
    if (target < 0 || target >= selfSize) {
      throw new PythonError('RuntimeError', `index ${target} is out of bounds for dimension ${d} with size ${selfSize}`);
    }
    let offset = self.offset;
    let rest = i;
    for (let k = 0; k < shape.length; k++) {
      const coordinate = Math.floor(rest / strides[k]);
      rest -= coordinate * strides[k];
      offset += (k === d ? target : coordinate) * selfStrides[k];
    }
    positions[i] = offset;
  }
  return positions;
}

/** src's values at index's coordinates (src may be larger than index). */
function sourceValuesAt(src: Tensor, index: Tensor): Float64Array {
  const shape = index.ndim === 0 ? [1] : index.shape;
  const srcStrides = src.ndim === 0 ? [1] : src.strides;
  const strides = contiguousStrides(shape);
  const count = index.numel;
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let offset = src.offset;
    let rest = i;
    for (let k = 0; k < shape.length; k++) {
      const coordinate = Math.floor(rest / strides[k]);
      rest -= coordinate * strides[k];
      offset += coordinate * srcStrides[k];
    }
    values[i] = src.storage.data[offset];
  }
  return values;
}

