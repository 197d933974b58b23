// t[index] and t[index] = value with PyTorch's semantics. Integers, slices, None and Ellipsis make a view
// (integers select, as in PyTorch, so they never take part in advanced indexing). Integer lists, int64 tensors
// and bool masks are advanced indices: they broadcast together and gather a copy; assignment through them
// writes into the original storage (index_put_), as `targets[labels == pad] = 0` does.
import { PythonError, type PyValue, Unsupported } from '../evaluator/values';
import { legacyTypeName, scalarTypeName } from './dtype';
import { tensorFromData } from './creation';
import { broadcastShapes, formatSizes } from './shape';
import { castTensor, checkNoInternalOverlap, elementOffsets, readValues, requireKnownValues, shapeNumel, type Tensor, tensorFromValues, unknownReason, writeAtOffsets, writeValues } from './tensor';
import { checkElementCount } from './limits';
import { broadcastTo, expand, select, sliceDim, unsqueeze, viewOf } from './views';

type IndexItem =
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'slice'; readonly start: number | null; readonly stop: number | null; readonly step: number | null }
  | { readonly kind: 'none' }
  | { readonly kind: 'ellipsis' }
  | { readonly kind: 'tensor'; readonly tensor: Tensor };

/** `t[index]`: a view for basic indices, a copy when advanced indices are involved. */
export function indexTensor(t: Tensor, index: PyValue): Tensor {
  const { view, advanced } = applyBasicIndices(t, indexItems(index));
  if (advanced.length === 0) return view;
  const plan = advancedPlan(view, advanced);
  const data = view.storage.data;
  const values = new Float64Array(plan.offsets.length);
  let unknown: string | undefined;
  for (let i = 0; i < values.length; i++) {
    values[i] = data[plan.offsets[i]];
    if (unknown === undefined && !view.storage.isKnown(plan.offsets[i])) unknown = view.storage.unknownReason;
  }
  return tensorFromValues(t.dtype, plan.shape, values, unknown);
}

/** `t[index] = value` (value: a tensor or a Python number), writing through to t's storage. */
export function assignIndexed(t: Tensor, index: PyValue, value: PyValue): void {
  if (value.kind === 'list' || value.kind === 'tuple') {
    throw new PythonError('TypeError', `can't assign a ${value.kind} to a ${legacyTypeName(t.dtype)}`);
  }
  const items = indexItems(index);
  let source = stripLeadingOnes(valueTensor(value));
  // A lone bool mask with a 0-dim value is masked_fill_ in PyTorch, which converts the value to t's dtype.
  const loneMask = items.length === 1 && items[0].kind === 'tensor' && items[0].tensor.dtype === 'bool';
  if (loneMask && source.ndim === 0) source = castTensor(source, t.dtype);
  const { view, advanced } = applyBasicIndices(t, items);
  if (advanced.length === 0) {
    writeValues(view, readValues(expand(source, view.shape)), unknownReason(source));
    return;
  }
  if (value.kind === 'tensor' && source.dtype !== t.dtype) {
    throw new PythonError('RuntimeError', `Index put requires the source and destination dtypes match, got ${scalarTypeName(t.dtype)} for the destination and ${scalarTypeName(source.dtype)} for the source.`);
  }
  checkNoInternalOverlap(view);
  const plan = advancedPlan(view, advanced);
  let values: Float64Array;
  try {
    values = readValues(broadcastTo(source, plan.shape));
  } catch {
    throw new PythonError('RuntimeError', `shape mismatch: value tensor of shape ${formatSizes(source.shape)} cannot be broadcast to indexing result of shape ${formatSizes(plan.shape)}`);
  }
  writeAtOffsets(view.storage, view.dtype, plan.offsets, values, unknownReason(source));
}

/** PyTorch drops the value's leading size-1 dimensions before broadcasting it (numpy compatibility). */
function stripLeadingOnes(t: Tensor): Tensor {
  let first = 0;
  while (first < t.ndim && t.shape[first] === 1) first++;
  return first === 0 ? t : viewOf(t, t.shape.slice(first), t.strides.slice(first));
}

function valueTensor(value: PyValue): Tensor {
  switch (value.kind) {
    case 'tensor': return value.tensor;
    case 'bool': return tensorFromValues('bool', [], Float64Array.of(value.value ? 1 : 0));
    case 'int': return tensorFromValues('int64', [], Float64Array.of(value.value));
    case 'float': return tensorFromValues('float64', [], Float64Array.of(value.value));
    default: throw new PythonError('TypeError', `can't assign a ${value.kind} to a tensor`);
  }
}

/** The index as a list of items: a tuple is several, and so is a short list holding slices, None or sequences. */
function indexItems(index: PyValue): IndexItem[] {
  if (index.kind === 'tuple') return index.items.map(indexItem);
  if (index.kind === 'list' && index.items.length < 32 && index.items.some(item =>
    ['tensor', 'list', 'tuple', 'slice', 'ellipsis', 'none'].includes(item.kind))) {
    return index.items.map(indexItem);
  }
  return [indexItem(index)];
}

function indexItem(value: PyValue): IndexItem {
  switch (value.kind) {
    case 'int': return { kind: 'int', value: value.value };
    case 'bool': return { kind: 'tensor', tensor: tensorFromValues('bool', [], Float64Array.of(value.value ? 1 : 0)) };
    case 'slice': return { kind: 'slice', start: value.start, stop: value.stop, step: value.step };
    case 'none': return { kind: 'none' };
    case 'ellipsis': return { kind: 'ellipsis' };
    case 'tensor': {
      const t = value.tensor;
      if (t.dtype !== 'int64' && t.dtype !== 'bool') throw new PythonError('IndexError', 'tensors used as indices must be long, byte or bool tensors');
      if (t.ndim === 0 && t.dtype === 'int64') {
        requireKnownValues(t);
        return { kind: 'int', value: readValues(t)[0] };
      }
      return { kind: 'tensor', tensor: t };
    }
    case 'list':
    case 'tuple': {
      if (value.items.length === 0) return { kind: 'tensor', tensor: tensorFromValues('int64', [0], new Float64Array(0)) };
      const t = tensorFromData(value);
      if (t.dtype !== 'int64' && t.dtype !== 'bool') throw new PythonError('IndexError', 'tensors used as indices must be long, byte or bool tensors');
      return { kind: 'tensor', tensor: t };
    }
    case 'float':
      throw new PythonError('IndexError', 'only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got float)');
    case 'str':
      throw new PythonError('TypeError', "new(): invalid data type 'str'");
    default:
      throw new PythonError('IndexError', `only integers, slices (\`:\`), ellipsis (\`...\`), None and long or byte Variables are valid indices (got ${value.kind})`);
  }
}

interface AdvancedIndex {
  /** The first dimension of the (basic-indexed) view it applies to. */
  readonly dim: number;
  readonly tensor: Tensor;
}

/** Applies ints, slices, None and Ellipsis as views; collects the advanced indices with their dimensions. */
function applyBasicIndices(t: Tensor, items: readonly IndexItem[]): { view: Tensor; advanced: AdvancedIndex[] } {
  const consumed = items.reduce((count, item) =>
    count + (item.kind === 'int' || item.kind === 'slice' ? 1 : item.kind === 'tensor' ? (item.tensor.dtype === 'bool' ? item.tensor.ndim : 1) : 0), 0);
  if (items.filter(item => item.kind === 'ellipsis').length > 1) throw new Unsupported('an index with two Ellipses is not modelled');
  if (consumed > t.ndim) {
    if (t.ndim === 0 && items.some(item => item.kind === 'int')) {
      throw new PythonError('IndexError', 'invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number');
    }
    throw new PythonError('IndexError', `too many indices for tensor of dimension ${t.ndim}`);
  }
  let view = t;
  let dim = 0;
  const advanced: AdvancedIndex[] = [];
  for (const item of items) {
    switch (item.kind) {
      case 'int':
        view = select(view, dim, item.value);
        break;
      case 'slice':
        view = sliceDim(view, dim, item.start, item.stop, item.step);
        dim++;
        break;
      case 'none':
        view = unsqueeze(view, dim);
        dim++;
        break;
      case 'ellipsis':
        dim += t.ndim - consumed;
        break;
      case 'tensor':
        if (item.tensor.dtype === 'bool' && item.tensor.ndim === 0) {
          // A 0-dim bool adds a dimension of size 1 (True) or 0 (False), like None.
          view = unsqueeze(view, dim);
          requireKnownValues(item.tensor);
          const keep = readValues(item.tensor)[0] !== 0;
          advanced.push({ dim, tensor: tensorFromValues('int64', [keep ? 1 : 0], keep ? Float64Array.of(0) : new Float64Array(0)) });
          dim++;
        } else {
          advanced.push({ dim, tensor: item.tensor });
          dim += item.tensor.dtype === 'bool' ? item.tensor.ndim : 1;
        }
        break;
    }
  }
  return { view: viewOf(view, view.shape, view.strides), advanced };
}

/** Where advanced indexing reads or writes: the result shape and the storage offset of each result element. */
function advancedPlan(view: Tensor, advanced: readonly AdvancedIndex[]): { shape: number[]; offsets: Int32Array } {
  const indexed: { dim: number; values: Float64Array; shape: readonly number[] }[] = [];
  for (const { dim, tensor } of advanced) {
    requireKnownValues(tensor);
    if (tensor.dtype === 'bool') indexed.push(...maskToIndices(view, dim, tensor));
    else indexed.push({ dim, values: readValues(tensor), shape: tensor.shape });
  }
  let broadcastShape: number[];
  try {
    broadcastShape = broadcastShapes(...indexed.map(index => index.shape));
  } catch {
    throw new PythonError('IndexError', `shape mismatch: indexing tensors could not be broadcast together with shapes ${indexed.map(index => formatSizes(index.shape)).join(', ')}`);
  }
  const count = shapeNumel(broadcastShape);
  // Offset contributed by the advanced indices at each broadcast position.
  const advancedOffsets = new Float64Array(count);
  indexed.forEach((index, position) => {
    const size = view.shape[index.dim];
    const expanded = readValues(broadcastTo(tensorFromValues('float64', index.shape, index.values), broadcastShape));
    for (let i = 0; i < count; i++) {
      const value = expanded[i];
      if (value < -size || value >= size) {
        throw new PythonError('IndexError', `index ${value} is out of bounds for dimension ${position} with size ${size}`);
      }
      advancedOffsets[i] += (value < 0 ? value + size : value) * view.strides[index.dim];
    }
  });
  const indexedDims = indexed.map(index => index.dim);
  const restDims = view.shape.map((_, d) => d).filter(d => !indexedDims.includes(d));
  const adjacent = indexedDims.every((d, i) => i === 0 || d === indexedDims[i - 1] + 1);
  const splitAt = adjacent ? restDims.filter(d => d < indexedDims[0]).length : 0;
  const before = restDims.slice(0, splitAt);
  const after = restDims.slice(splitAt);
  const offsetsOf = (dims: readonly number[]) => elementOffsets(viewOf(view, dims.map(d => view.shape[d]), dims.map(d => view.strides[d]), 0));
  const beforeOffsets = offsetsOf(before);
  const afterOffsets = offsetsOf(after);
  const shape = [...before.map(d => view.shape[d]), ...broadcastShape, ...after.map(d => view.shape[d])];
  checkElementCount(shapeNumel(shape));
  const offsets = new Int32Array(shapeNumel(shape));
  let next = 0;
  for (let i = 0; i < beforeOffsets.length; i++) {
    for (let b = 0; b < count; b++) {
      for (let j = 0; j < afterOffsets.length; j++) offsets[next++] = view.offset + beforeOffsets[i] + advancedOffsets[b] + afterOffsets[j];
    }
  }
  return { shape, offsets };
}

/** A k-dim bool mask over dims dim…dim+k−1 becomes k index lists (the coordinates of its True elements). */
function maskToIndices(view: Tensor, dim: number, mask: Tensor): { dim: number; values: Float64Array; shape: readonly number[] }[] {
  mask.shape.forEach((size, k) => {
    if (view.shape[dim + k] !== size) {
      throw new PythonError('IndexError', `The shape of the mask ${formatSizes(mask.shape)} at index ${k} does not match the shape of the indexed tensor ${formatSizes(view.shape)} at index ${dim + k}`);
    }
  });
  const flags = readValues(mask);
  const trueCount = flags.reduce((n, flag) => n + (flag !== 0 ? 1 : 0), 0);
  const coordinates = mask.shape.map(() => new Float64Array(trueCount));
  let next = 0;
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] === 0) continue;
    let rest = i;
    for (let k = mask.ndim - 1; k >= 0; k--) {
      coordinates[k][next] = rest % mask.shape[k];
      rest = Math.floor(rest / mask.shape[k]);
    }
    next++;
  }
  return coordinates.map((values, k) => ({ dim: dim + k, values, shape: [trueCount] }));
}

