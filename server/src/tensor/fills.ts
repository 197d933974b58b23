// Writes that fill a tensor (or the masked / indexed part of it) with one value, and copy_. They work through
// views, so `t[:, 0].fill_(1)` changes t. A full write makes torch.empty's unknown values known.
import { PythonError, Unsupported } from '../evaluator/values';
import { castTo } from './dtype';
import { checkInPlaceShape } from './binaryOps';
import { broadcastShapes } from './shape';
import { checkNoInternalOverlap, cloneTensor, elementOffsets, readValues, requireKnownValues, type Tensor, unknownReason, writeAtOffsets, writeValues } from './tensor';
import { broadcastTo } from './views';
import { wrapDim } from './shape';

/** A fill value: a Python number or a 0-dim tensor. */
export type FillValue = number | Tensor;

function fillNumber(value: FillValue, what: 'fill_' | 'masked_fill_' | 'index_fill_'): { value: number; unknown?: string } {
  if (typeof value === 'number') return { value };
  if (value.ndim !== 0) {
    if (what === 'fill_') throw new PythonError('RuntimeError', `fill_ only supports 0-dimension value tensor but got tensor with ${value.ndim} dimensions.`);
    if (what === 'masked_fill_') throw new PythonError('RuntimeError', `masked_fill_ only supports a 0-dimensional value tensor, but got tensor with ${value.ndim} dimension(s).`);
    throw new PythonError('RuntimeError', `index_fill_ only supports a 0-dimensional value tensor, but got tensor with ${value.ndim} dimension(s).`);
  }
  return { value: readValues(value)[0], unknown: unknownReason(value) };
}

/** `t.fill_(value)`. */
export function fillInPlace(t: Tensor, value: FillValue): Tensor {
  const fill = fillNumber(value, 'fill_');
  writeValues(t, new Float64Array(t.numel).fill(castTo(t.dtype, fill.value)), fill.unknown);
  return t;
}

/** `t.copy_(src)`: src broadcasts to t's shape and converts to t's dtype. */
export function copyInPlace(t: Tensor, src: Tensor): Tensor {
  checkInPlaceShape(t.shape, broadcastShapes(t.shape, src.shape));
  writeValues(t, readValues(broadcastTo(src, t.shape)), unknownReason(src));
  return t;
}

/** Masks are bool; PyTorch still accepts integer masks holding only 0 and 1. */
function maskValues(mask: Tensor, shape: readonly number[]): Float64Array {
  if (mask.dtype === 'float32' || mask.dtype === 'float64') {
    throw new Unsupported('masked_fill with a floating-point mask is not modelled');
  }
  requireKnownValues(mask);
  const values = readValues(broadcastTo(mask, shape));
  if (mask.dtype !== 'bool' && values.some(v => v !== 0 && v !== 1)) {
    throw new PythonError('RuntimeError', 'Mask tensor can take 0 and 1 values only');
  }
  return values;
}

/** `t.masked_fill_(mask, value)`: the mask broadcasts to t's shape. */
export function maskedFillInPlace(t: Tensor, mask: Tensor, value: FillValue): Tensor {
  const shape = broadcastShapes(t.shape, mask.shape);
  checkInPlaceShape(t.shape, shape);
  checkNoInternalOverlap(t);
  const fill = fillNumber(value, 'masked_fill_');
  const selected = maskValues(mask, t.shape);
  const offsets = elementOffsets(t);
  const chosen = offsets.filter((_, i) => selected[i] !== 0);
  writeAtOffsets(t.storage, t.dtype, chosen, new Float64Array(chosen.length).fill(castTo(t.dtype, fill.value)), fill.unknown);
  return t;
}

/** `t.masked_fill(mask, value)`: the result has the broadcast shape of t and mask. */
export function maskedFill(t: Tensor, mask: Tensor, value: FillValue): Tensor {
  const shape = broadcastShapes(mask.shape, t.shape);
  return maskedFillInPlace(cloneTensor(broadcastTo(t, shape)), mask, value);
}

/** `t.index_fill_(dim, index, value)`: fills the slices at `index` along `dim`. */
export function indexFillInPlace(t: Tensor, dim: number, index: Tensor, value: FillValue): Tensor {
  const d = wrapDim(dim, t.ndim);
  if (index.dtype !== 'int64') throw new PythonError('IndexError', 'index_fill_(): Expected dtype int64 for index.');
  if (index.ndim > 1) throw new PythonError('RuntimeError', 'Index has to be a vector/scalar');
  const fill = fillNumber(value, 'index_fill_');
  checkNoInternalOverlap(t);
  requireKnownValues(index);
  const size = t.ndim === 0 ? 1 : t.shape[d];
  const positions = readValues(index);
  for (const position of positions) {
    if (position < -size || position >= size) {
      throw new PythonError('IndexError', `index ${position} is out of bounds for dimension ${d} with size ${size}`);
    }
  }
  const offsets = elementOffsets(t);
  const chosen: number[] = [];
  const wanted = new Set(positions.map(p => (p < 0 ? p + size : p)));
  const inner = t.shape.slice(d + 1).reduce((a, b) => a * b, 1);
  for (let i = 0; i < offsets.length; i++) {
    const along = t.ndim === 0 ? 0 : Math.floor(i / inner) % size;
    if (wanted.has(along)) chosen.push(offsets[i]);
  }
  writeAtOffsets(t.storage, t.dtype, Int32Array.from(chosen), new Float64Array(chosen.length).fill(castTo(t.dtype, fill.value)), fill.unknown);
  return t;
}
