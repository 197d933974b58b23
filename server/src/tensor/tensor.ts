// A strided view of a Storage, as in PyTorch: views (view, transpose, indexing by slices…) share the storage,
// so writes through a view change its base. Helpers here read and write a tensor's elements in row-major order.
import { PythonError, Unsupported } from '../evaluator/values';
import { castTo, type DType } from './dtype';
import { checkElementCount } from './limits';
import { Storage } from './storage';

export class Tensor {
  /** `requires_grad=True` on a leaf; printed as a suffix like PyTorch does. */
  requiresGrad = false;
  /** The autograd node name a result of an op on a tensor that requires grad prints (`MulBackward0`). */
  gradFn: string | undefined;

  constructor(
    readonly storage: Storage,
    readonly dtype: DType,
    readonly shape: readonly number[],
    readonly strides: readonly number[],
    readonly offset: number,
  ) {}

  get ndim(): number {
    return this.shape.length;
  }

  get numel(): number {
    return shapeNumel(this.shape);
  }

  isContiguous(): boolean {
    let expected = 1;
    for (let d = this.shape.length - 1; d >= 0; d--) {
      if (this.shape[d] === 1) continue;
      if (this.strides[d] !== expected) return false;
      expected *= this.shape[d];
    }
    return true;
  }
}

export function shapeNumel(shape: readonly number[]): number {
  let count = 1;
  for (const size of shape) count *= size;
  return count;
}

export function contiguousStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let stride = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = stride;
    stride *= Math.max(shape[d], 1);
  }
  return strides;
}

/** A new zero-filled contiguous tensor (limit-checked before allocating). */
export function zerosTensor(dtype: DType, shape: readonly number[]): Tensor {
  checkElementCount(shapeNumel(shape));
  return new Tensor(Storage.zeros(shapeNumel(shape)), dtype, [...shape], contiguousStrides(shape), 0);
}

/** A new contiguous tensor whose values are unknown for `reason` (torch.empty, unseeded random numbers). */
export function unknownTensor(dtype: DType, shape: readonly number[], reason: string): Tensor {
  checkElementCount(shapeNumel(shape));
  return new Tensor(Storage.unknown(shapeNumel(shape), reason), dtype, [...shape], contiguousStrides(shape), 0);
}

/**
 * A new contiguous tensor holding `values` (row-major), each converted to `dtype`. The array is adopted, not
 * copied. With `unknownReason`, the values are placeholders and every element is unknown.
 */
export function tensorFromValues(dtype: DType, shape: readonly number[], values: Float64Array, unknownReason?: string): Tensor {
  if (values.length !== shapeNumel(shape)) throw new Error(`${values.length} values for shape [${shape.join(', ')}]`);
  if (dtype !== 'float64') for (let i = 0; i < values.length; i++) values[i] = castTo(dtype, values[i]);
  return new Tensor(Storage.wrap(values, unknownReason), dtype, [...shape], contiguousStrides(shape), 0);
}

/** A 0-dim tensor. */
export function scalarTensor(dtype: DType, value: number, unknownReason?: string): Tensor {
  return tensorFromValues(dtype, [], Float64Array.of(value), unknownReason);
}

/** The storage offsets of a tensor's elements in row-major order. */
export function elementOffsets(t: Tensor): Int32Array {
  const count = t.numel;
  checkElementCount(count);
  const offsets = new Int32Array(count);
  if (count === 0) return offsets;
  if (t.isContiguous()) {
    for (let i = 0; i < count; i++) offsets[i] = t.offset + i;
    return offsets;
  }
  const { shape, strides } = t;
  const ndim = shape.length;
  const index = new Int32Array(ndim);
  let offset = t.offset;
  for (let i = 0; i < count; i++) {
    offsets[i] = offset;
    for (let d = ndim - 1; d >= 0; d--) {
      index[d]++;
      offset += strides[d];
      if (index[d] < shape[d]) break;
      offset -= strides[d] * shape[d];
      index[d] = 0;
    }
  }
  return offsets;
}

/** A row-major copy of the tensor's values (whether known or not; see `unknownReason`). */
export function readValues(t: Tensor): Float64Array {
  const data = t.storage.data;
  if (t.isContiguous()) return data.slice(t.offset, t.offset + t.numel);
  const offsets = elementOffsets(t);
  const values = new Float64Array(offsets.length);
  for (let i = 0; i < offsets.length; i++) values[i] = data[offsets[i]];
  return values;
}

/** Why some element of `t` is unknown, or undefined when all its values are known. */
export function unknownReason(t: Tensor): string | undefined {
  const storage = t.storage;
  if (storage.fullyKnown) return undefined;
  const offsets = elementOffsets(t);
  for (let i = 0; i < offsets.length; i++) if (!storage.isKnown(offsets[i])) return storage.unknownReason;
  return undefined;
}

/** The first reason among the tensors why some value is unknown. */
export function unknownReasonOf(...tensors: readonly (Tensor | undefined)[]): string | undefined {
  for (const t of tensors) {
    if (t === undefined) continue;
    const reason = unknownReason(t);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

/** Throws `Unsupported` when a value the operation needs (an index, a printed number) is unknown. */
export function requireKnownValues(t: Tensor): void {
  const reason = unknownReason(t);
  if (reason !== undefined) throw new Unsupported(reason);
}

/**
 * Writes row-major `values` into the elements of `t` (a view: the writes reach its storage), converting to
 * t's dtype. With `unknownReasonOfValues`, the written elements become unknown instead.
 */
export function writeValues(t: Tensor, values: Float64Array, unknownReasonOfValues?: string): void {
  checkNoInternalOverlap(t);
  const offsets = elementOffsets(t);
  writeAtOffsets(t.storage, t.dtype, offsets, values, unknownReasonOfValues);
}

/**
 * Makes every element of `t` unknown, in its storage (views and aliases see it too): an in-place operation was
 * given an unknown value, so it changed the elements in ways nobody knows.
 */
export function forgetValues(t: Tensor, reason: string): void {
  writeAtOffsets(t.storage, t.dtype, elementOffsets(t), readValues(t), reason);
}

/** In-place writes into an expanded tensor (several elements sharing memory) are refused, as in PyTorch. */
export function checkNoInternalOverlap(t: Tensor): void {
  if (t.shape.some((size, d) => size > 1 && t.strides[d] === 0)) {
    throw new PythonError('RuntimeError', 'unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.');
  }
}

/** Writes `values[i]` to storage offset `offsets[i]` in order (later writes to the same offset win). */
export function writeAtOffsets(storage: Storage, dtype: DType, offsets: Int32Array, values: Float64Array, unknownReasonOfValues?: string): void {
  const data = storage.data;
  for (let i = 0; i < offsets.length; i++) {
    data[offsets[i]] = castTo(dtype, values[i]);
    if (unknownReasonOfValues === undefined) storage.markKnown(offsets[i]);
    else storage.markUnknown(offsets[i], unknownReasonOfValues);
  }
}

/** A contiguous copy with the same dtype (`clone()`, `contiguous()` of a non-contiguous tensor). */
export function cloneTensor(t: Tensor): Tensor {
  return tensorFromValues(t.dtype, t.shape, readValues(t), unknownReason(t));
}

/** A contiguous copy converted to `dtype` (`.to(dtype)`, `.float()`). */
export function castTensor(t: Tensor, dtype: DType): Tensor {
  return tensorFromValues(dtype, t.shape, readValues(t), unknownReason(t));
}
