// Factories: torch.tensor from nested Python data, zeros/ones/full/empty, arange, linspace, eye.
import { PythonError, type PyValue } from '../evaluator/values';
import { castTo, type DType, DEFAULT_FLOAT, promoteTypes } from './dtype';
import { checkElementCount } from './limits';
import { checkCreationSizes } from './shape';
import { readValues, requireKnownValues, shapeNumel, type Tensor, tensorFromValues, unknownTensor, zerosTensor } from './tensor';

/** Why torch.empty's values cannot be shown or computed with. */
export const UNINITIALIZED = 'values of torch.empty are uninitialized';

export function zeros(shape: readonly number[], dtype: DType = DEFAULT_FLOAT): Tensor {
  checkCreationSizes(shape);
  return zerosTensor(dtype, shape);
}

export function full(shape: readonly number[], fillValue: number, dtype: DType): Tensor {
  checkCreationSizes(shape);
  checkElementCount(shapeNumel(shape));
  return tensorFromValues(dtype, shape, new Float64Array(shapeNumel(shape)).fill(castTo(dtype, fillValue)));
}

export function ones(shape: readonly number[], dtype: DType = DEFAULT_FLOAT): Tensor {
  return full(shape, 1, dtype);
}

/** torch.empty: the shape is real, the values are not (reading them raises `Unsupported`). */
export function empty(shape: readonly number[], dtype: DType = DEFAULT_FLOAT): Tensor {
  checkCreationSizes(shape);
  return unknownTensor(dtype, shape, UNINITIALIZED);
}

/** The dtype torch.full infers from its fill value: bool, int64 or the default float. */
export function fillValueDtype(kind: 'bool' | 'int' | 'float'): DType {
  return kind === 'bool' ? 'bool' : kind === 'int' ? 'int64' : DEFAULT_FLOAT;
}

export function eye(n: number, m: number = n, dtype: DType = DEFAULT_FLOAT): Tensor {
  if (n < 0) throw new PythonError('RuntimeError', `n must be greater or equal to 0, got ${n}`);
  if (m < 0) throw new PythonError('RuntimeError', `m must be greater or equal to 0, got ${m}`);
  const result = zeros([n, m], dtype);
  for (let i = 0; i < Math.min(n, m); i++) result.storage.data[i * m + i] = 1;
  return result;
}

/**
 * torch.arange(start, end, step): int64 when every bound is an integer, else float32 (or `dtype`). Each value is
 * start + step·i computed in double precision, then converted to the dtype (as ATen's CPU kernel does).
 */
export function arange(start: number, end: number, step: number, dtype: DType): Tensor {
  if (step === 0) throw new PythonError('RuntimeError', 'step must be nonzero');
  if (!Number.isFinite(start) || !Number.isFinite(end)) throw new PythonError('RuntimeError', `unsupported range: ${start} -> ${end}`);
  if ((step > 0 && end < start) || (step < 0 && end > start)) {
    throw new PythonError('RuntimeError', 'upper bound and larger bound inconsistent with step sign');
  }
  const size = Math.ceil((end - start) / step);
  checkElementCount(size);
  const values = new Float64Array(size);
  for (let i = 0; i < size; i++) values[i] = start + step * i;
  return tensorFromValues(dtype, [size], values);
}

/** torch.linspace(start, end, steps): the first half counts up from start, the second half down from end. */
export function linspace(start: number, end: number, steps: number, dtype: DType = DEFAULT_FLOAT): Tensor {
  if (steps < 0) throw new PythonError('RuntimeError', 'number of steps must be non-negative');
  checkElementCount(steps);
  const values = new Float64Array(steps);
  if (steps === 1) values[0] = start;
  else if (steps > 1) {
    const step = (end - start) / (steps - 1);
    const halfway = Math.floor(steps / 2);
    for (let i = 0; i < steps; i++) values[i] = i < halfway ? start + step * i : end - step * (steps - i - 1);
  }
  return tensorFromValues(dtype, [steps], values);
}

/**
 * torch.tensor(data): nested lists and tuples of bools, ints, floats (and one-element tensors). Without `dtype`,
 * floats make float32, else ints make int64, else bool.
 */
export function tensorFromData(data: PyValue, dtype?: DType): Tensor {
  if (data.kind === 'tensor') {
    requireKnownValues(data.tensor);
    return tensorFromValues(dtype ?? data.tensor.dtype, data.tensor.shape, readValues(data.tensor));
  }
  const shape = inferShape(data);
  checkElementCount(shapeNumel(shape));
  const values = new Float64Array(shapeNumel(shape));
  let inferred: DType | undefined;
  let next = 0;
  const visit = (value: PyValue, depth: number): void => {
    if (depth < shape.length) {
      const items = sequenceItems(value);
      if (items === undefined) throw new PythonError('TypeError', 'not a sequence');
      if (items.length !== shape[depth]) {
        throw new PythonError('ValueError', `expected sequence of length ${shape[depth]} at dim ${depth} (got ${items.length})`);
      }
      for (const item of items) visit(item, depth + 1);
      return;
    }
    const element = scalarElement(value);
    inferred = inferred === undefined ? element.dtype : promoteTypes(inferred, element.dtype);
    values[next++] = element.value;
  };
  visit(data, 0);
  return tensorFromValues(dtype ?? inferred ?? DEFAULT_FLOAT, shape, values);
}

function sequenceItems(value: PyValue): readonly PyValue[] | undefined {
  if (value.kind === 'list' || value.kind === 'tuple') return value.items;
  if (value.kind === 'size') return value.dims.map(size => ({ kind: 'int', value: size }));
  return undefined;
}

/** The shape follows the first element at each depth; ragged data is reported while filling. */
function inferShape(data: PyValue): number[] {
  const shape: number[] = [];
  let current: PyValue | undefined = data;
  while (current !== undefined) {
    const items = sequenceItems(current);
    if (items === undefined) break;
    shape.push(items.length);
    current = items[0];
  }
  return shape;
}

function scalarElement(value: PyValue): { value: number; dtype: DType } {
  switch (value.kind) {
    case 'bool': return { value: value.value ? 1 : 0, dtype: 'bool' };
    case 'int': return { value: value.value, dtype: 'int64' };
    case 'float': return { value: value.value, dtype: DEFAULT_FLOAT };
    case 'tensor': {
      const t = value.tensor;
      if (t.numel !== 1) throw new PythonError('ValueError', 'only one element tensors can be converted to Python scalars');
      requireKnownValues(t);
      return { value: readValues(t)[0], dtype: t.dtype };
    }
    case 'none': throw new PythonError('RuntimeError', 'Could not infer dtype of NoneType');
    case 'str': throw new PythonError('TypeError', "new(): invalid data type 'str'");
    default: throw new PythonError('TypeError', `'${value.kind}' object cannot be interpreted as an integer`);
  }
}
