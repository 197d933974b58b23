// nonzero, masked_select and index_select: copies of the selected elements.
import { PythonError } from '../evaluator/values';
import { broadcastShapes, wrapDim } from './shape';
import { contiguousStrides, readValues, requireKnownValues, type Tensor, tensorFromValues, unknownReason } from './tensor';
import { broadcastTo, select } from './views';
import { checkElementCount } from './limits';

/** torch.nonzero(t): the coordinates of the non-zero elements, one row each ((n, ndim), int64). */
export function nonzero(t: Tensor): Tensor {
  requireKnownValues(t);
  const values = readValues(t);
  const strides = contiguousStrides(t.shape);
  const rows: number[] = [];
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === 0) continue;
    count++;
    let rest = i;
    for (let d = 0; d < t.ndim; d++) {
      rows.push(Math.floor(rest / strides[d]));
      rest %= strides[d];
    }
  }
  return tensorFromValues('int64', [count, t.ndim], Float64Array.from(rows));
}

/** torch.nonzero(t, as_tuple=True): one 1-D coordinate tensor per dimension. */
export function nonzeroTuple(t: Tensor): Tensor[] {
  const coordinates = nonzero(t);
  if (t.ndim === 0) return [tensorFromValues('int64', [coordinates.shape[0]], new Float64Array(coordinates.shape[0]))];
  return t.shape.map((_, d) => tensorFromValues('int64', [coordinates.shape[0]], readValues(select(coordinates, 1, d))));
}

/** t.masked_select(mask): the elements where the (broadcast) mask is True, as a 1-D tensor. */
export function maskedSelect(t: Tensor, mask: Tensor): Tensor {
  if (mask.dtype !== 'bool') throw new PythonError('RuntimeError', `masked_select: expected BoolTensor for mask`);
  const shape = broadcastShapes(mask.shape, t.shape);
  requireKnownValues(mask);
  const flags = readValues(broadcastTo(mask, shape));
  const values = readValues(broadcastTo(t, shape));
  const kept: number[] = [];
  for (let i = 0; i < flags.length; i++) if (flags[i] !== 0) kept.push(values[i]);
  return tensorFromValues(t.dtype, [kept.length], Float64Array.from(kept), unknownReason(t));
}

/** t.index_select(dim, index): the slices at `index` along `dim`, in that order. */
export function indexSelect(t: Tensor, dim: number, index: Tensor): Tensor {
  const d = wrapDim(dim, t.ndim);
  if (index.ndim > 1) throw new PythonError('IndexError', 'index_select(): Index is supposed to be a vector');
  if (index.dtype !== 'int64' && index.dtype !== 'int32') throw new PythonError('RuntimeError', "index_select(): Expected dtype int32 or int64 for index");
  requireKnownValues(index);
  const positions = readValues(index);
  const size = t.ndim === 0 ? 1 : t.shape[d];
  for (const position of positions) {
    if (position < 0 || position >= size) throw new PythonError('RuntimeError', `INDICES element is out of DATA bounds, id=${position} axis_dim=${size}`);
  }
  const shape = t.ndim === 0 ? [positions.length] : t.shape.map((s, k) => (k === d ? positions.length : s));
  checkElementCount(shape.reduce((a, b) => a * b, 1));
  const values = readValues(t);
  const outer = t.shape.slice(0, d).reduce((a, b) => a * b, 1);
  const inner = t.shape.slice(d + 1).reduce((a, b) => a * b, 1);
  const out = new Float64Array(outer * positions.length * inner);
  let next = 0;
  for (let o = 0; o < outer; o++) {
    for (const position of positions) {
      const start = (o * size + position) * inner;
      out.set(values.subarray(start, start + inner), next);
      next += inner;
    }
  }
  return tensorFromValues(t.dtype, shape, out, unknownReason(t));
}
