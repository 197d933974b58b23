// Operations that return a view: a new shape and strides over the same storage, never a copy (reshape and
// flatten copy only when no view is possible, as in PyTorch).
import { PythonError } from '../evaluator/values';
import { formatSizes, inferSize, wrapDim } from './shape';
import { cloneTensor, contiguousStrides, Tensor } from './tensor';

/** A tensor over the same storage as `base`. */
export function viewOf(base: Tensor, shape: readonly number[], strides: readonly number[], offset = base.offset): Tensor {
  return new Tensor(base.storage, base.dtype, shape, strides, offset);
}

/** `t.view(*shape)`. */
export function view(t: Tensor, requested: readonly number[]): Tensor {
  const shape = inferSize(requested, t.numel);
  const strides = viewStrides(t, shape);
  if (strides === undefined) {
    throw new PythonError('RuntimeError', "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
  }
  return viewOf(t, shape, strides);
}

/** `t.reshape(*shape)`: a view when the strides allow one, else a copy. */
export function reshape(t: Tensor, requested: readonly number[]): Tensor {
  const shape = inferSize(requested, t.numel);
  const strides = viewStrides(t, shape);
  if (strides !== undefined) return viewOf(t, shape, strides);
  const copy = cloneTensor(t);
  return viewOf(copy, shape, contiguousStrides(shape), 0);
}

/**
 * The strides that present `t`'s elements in `shape` without copying, or undefined (PyTorch's computeStride:
 * each run of dimensions that is contiguous in memory may be split or merged, but not across runs).
 */
function viewStrides(t: Tensor, shape: readonly number[]): number[] | undefined {
  const oldShape = t.shape;
  const oldStrides = t.strides;
  if (oldShape.length === 0) return shape.map(() => 1);
  if (t.numel === 0) return contiguousStrides(shape);
  const strides = new Array<number>(shape.length);
  let viewD = shape.length - 1;
  let chunkBaseStride = oldStrides[oldStrides.length - 1];
  let tensorNumel = 1;
  let viewNumel = 1;
  for (let tensorD = oldShape.length - 1; tensorD >= 0; tensorD--) {
    tensorNumel *= oldShape[tensorD];
    if (tensorD === 0 || (oldShape[tensorD - 1] !== 1 && oldStrides[tensorD - 1] !== tensorNumel * chunkBaseStride)) {
      while (viewD >= 0 && (viewNumel < tensorNumel || shape[viewD] === 1)) {
        strides[viewD] = viewNumel * chunkBaseStride;
        viewNumel *= shape[viewD];
        viewD--;
      }
      if (viewNumel !== tensorNumel) return undefined;
      if (tensorD > 0) {
        chunkBaseStride = oldStrides[tensorD - 1];
        tensorNumel = 1;
        viewNumel = 1;
      }
    }
  }
  return viewD === -1 ? strides : undefined;
}

/** `t.flatten(start_dim, end_dim)`. */
export function flatten(t: Tensor, startDim = 0, endDim = -1): Tensor {
  if (t.ndim === 0) return reshape(t, [1]);
  const start = wrapDim(startDim, t.ndim);
  const end = wrapDim(endDim, t.ndim);
  if (start > end) throw new PythonError('RuntimeError', 'flatten() has invalid args: start_dim cannot come after end_dim');
  if (start === end) return t;
  const merged = t.shape.slice(start, end + 1).reduce((a, b) => a * b, 1);
  return reshape(t, [...t.shape.slice(0, start), merged, ...t.shape.slice(end + 1)]);
}

/** `t.transpose(dim0, dim1)`. */
export function transpose(t: Tensor, dim0: number, dim1: number): Tensor {
  const a = wrapDim(dim0, t.ndim);
  const b = wrapDim(dim1, t.ndim);
  if (t.ndim === 0) return t;
  const shape = [...t.shape];
  const strides = [...t.strides];
  [shape[a], shape[b]] = [shape[b], shape[a]];
  [strides[a], strides[b]] = [strides[b], strides[a]];
  return viewOf(t, shape, strides);
}

/** `t.t()`: transposes a 2-D tensor; 0-D and 1-D tensors are returned as they are. */
export function matrixTranspose(t: Tensor): Tensor {
  if (t.ndim > 2) throw new PythonError('RuntimeError', `t() expects a tensor with <= 2 dimensions, but self is ${t.ndim}D`);
  return t.ndim < 2 ? viewOf(t, t.shape, t.strides) : transpose(t, 0, 1);
}

/** `t.T`: all dimensions reversed. */
export function reverseDims(t: Tensor): Tensor {
  return viewOf(t, [...t.shape].reverse(), [...t.strides].reverse());
}

/** `t.permute(*dims)`. */
export function permute(t: Tensor, dims: readonly number[]): Tensor {
  if (dims.length !== t.ndim) {
    throw new PythonError('RuntimeError', `permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = ${t.ndim} is not equal to len(dims) = ${dims.length}`);
  }
  const wrapped = dims.map(d => wrapDim(d, t.ndim));
  if (new Set(wrapped).size !== wrapped.length) throw new PythonError('RuntimeError', 'permute(): duplicate dims are not allowed.');
  return viewOf(t, wrapped.map(d => t.shape[d]), wrapped.map(d => t.strides[d]));
}

/** `t.unsqueeze(dim)`: dim may range over ndim + 1 positions. */
export function unsqueeze(t: Tensor, dim: number): Tensor {
  const d = wrapDim(dim, t.ndim + 1);
  const shape = [...t.shape];
  const strides = [...t.strides];
  const stride = d < t.ndim ? t.shape[d] * t.strides[d] : 1;
  shape.splice(d, 0, 1);
  strides.splice(d, 0, stride);
  return viewOf(t, shape, strides);
}

/** `t.squeeze()` drops every size-1 dimension; `t.squeeze(dim)` only that one, if it has size 1. */
export function squeeze(t: Tensor, dim?: number): Tensor {
  if (dim === undefined) {
    const keep = t.shape.map((size, d) => size !== 1 ? d : -1).filter(d => d >= 0);
    return viewOf(t, keep.map(d => t.shape[d]), keep.map(d => t.strides[d]));
  }
  const d = wrapDim(dim, t.ndim);
  if (t.ndim === 0 || t.shape[d] !== 1) return viewOf(t, t.shape, t.strides);
  return viewOf(t, t.shape.filter((_, i) => i !== d), t.strides.filter((_, i) => i !== d));
}

/** `t.expand(*sizes)`: size-1 dimensions repeat (stride 0); new leading dimensions may be added; -1 keeps a size. */
export function expand(t: Tensor, sizes: readonly number[]): Tensor {
  if (sizes.length < t.ndim) {
    throw new PythonError('RuntimeError', `expand(${legacyTypeLabel(t)}{${formatSizes(t.shape)}}, size=${formatSizes(sizes)}): the number of sizes provided (${sizes.length}) must be greater or equal to the number of dimensions in the tensor (${t.ndim})`);
  }
  const shape = new Array<number>(sizes.length);
  const strides = new Array<number>(sizes.length);
  for (let i = sizes.length - 1; i >= 0; i--) {
    const d = i - (sizes.length - t.ndim);
    const target = sizes[i];
    if (d < 0) {
      if (target < 0) throw new PythonError('RuntimeError', `The expanded size of the tensor (${target}) isn't allowed in a leading, non-existing dimension ${i}`);
      shape[i] = target;
      strides[i] = 0;
      continue;
    }
    const size = t.shape[d];
    if (target === -1 || target === size) {
      shape[i] = size;
      strides[i] = t.strides[d];
    } else if (size === 1) {
      shape[i] = target;
      strides[i] = 0;
    } else {
      throw new PythonError('RuntimeError', `The expanded size of the tensor (${target}) must match the existing size (${size}) at non-singleton dimension ${i}.  Target sizes: ${formatSizes(sizes)}.  Tensor sizes: ${formatSizes(t.shape)}`);
    }
  }
  return viewOf(t, shape, strides);
}

function legacyTypeLabel(t: Tensor): string {
  const names = { bool: 'BoolTensor', int32: 'IntTensor', int64: 'LongTensor', float32: 'FloatTensor', float64: 'DoubleTensor' } as const;
  return `torch.${names[t.dtype]}`;
}

/** Expands to a broadcast shape (the caller has checked it is one). */
export function broadcastTo(t: Tensor, shape: readonly number[]): Tensor {
  if (t.shape.length === shape.length && t.shape.every((size, d) => size === shape[d])) return t;
  return expand(t, shape);
}

/** `t.select(dim, index)`, also `t[i]`. */
export function select(t: Tensor, dim: number, index: number): Tensor {
  if (t.ndim === 0) throw new PythonError('IndexError', 'select() cannot be applied to a 0-dim tensor.');
  const d = wrapDim(dim, t.ndim);
  const size = t.shape[d];
  if (index < -size || index >= size) {
    throw new PythonError('IndexError', `index ${index} is out of bounds for dimension ${d} with size ${size}`);
  }
  const i = index < 0 ? index + size : index;
  return viewOf(t, t.shape.filter((_, k) => k !== d), t.strides.filter((_, k) => k !== d), t.offset + i * t.strides[d]);
}

/** `t[start:stop:step]` along `dim`, with Python's clamping of out-of-range bounds. */
export function sliceDim(t: Tensor, dim: number, start: number | null, stop: number | null, step: number | null): Tensor {
  const d = wrapDim(dim, t.ndim);
  const size = t.shape[d];
  const stepValue = step ?? 1;
  if (stepValue === 0) throw new PythonError('ValueError', 'slice step cannot be zero');
  if (stepValue < 0) throw new PythonError('ValueError', 'step must be greater than zero');
  const clamp = (value: number | null, fallback: number) => {
    if (value === null) return fallback;
    const wrapped = value < 0 ? value + size : value;
    return Math.min(Math.max(wrapped, 0), size);
  };
  const from = clamp(start, 0);
  const to = Math.max(clamp(stop, size), from);
  const length = Math.ceil((to - from) / stepValue);
  const shape = [...t.shape];
  const strides = [...t.strides];
  shape[d] = length;
  strides[d] = t.strides[d] * stepValue;
  return viewOf(t, shape, strides, t.offset + (length > 0 ? from * t.strides[d] : 0));
}
