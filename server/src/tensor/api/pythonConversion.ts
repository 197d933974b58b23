// Tensors turned into Python values: item(), tolist(), float(t), int(t), bool(t), len(t) and iteration.
import { PythonError, type PyValue, tensorValue } from '../../evaluator/values';
import type { DType } from '../dtype';
import { readValues, requireKnownValues, type Tensor } from '../tensor';
import { select } from '../views';

function pythonScalar(dtype: DType, x: number): PyValue {
  if (dtype === 'bool') return { kind: 'bool', value: x !== 0 };
  if (dtype === 'int64' || dtype === 'int32') return { kind: 'int', value: x };
  return { kind: 'float', value: x };
}

function singleValue(t: Tensor): number {
  if (t.numel !== 1) throw new PythonError('ValueError', 'only one element tensors can be converted to Python scalars');
  requireKnownValues(t);
  return readValues(t)[0];
}

/** `t.item()`: the Python number of a one-element tensor. */
export function tensorItem(t: Tensor): PyValue {
  return pythonScalar(t.dtype, singleValue(t));
}

/** `t.tolist()`: nested lists of Python numbers (a number for a 0-dim tensor). */
export function tensorToList(t: Tensor): PyValue {
  requireKnownValues(t);
  const values = readValues(t);
  if (t.ndim === 0) return pythonScalar(t.dtype, values[0]);
  let next = 0;
  const build = (depth: number): PyValue => {
    if (depth === t.ndim) return pythonScalar(t.dtype, values[next++]);
    return { kind: 'list', items: Array.from({ length: t.shape[depth] }, () => build(depth + 1)) };
  };
  return build(0);
}

/** `float(t)`. */
export function tensorToFloat(t: Tensor): PyValue {
  return { kind: 'float', value: singleValue(t) };
}

/** `int(t)`: truncates toward zero like Python's int(). */
export function tensorToInt(t: Tensor): PyValue {
  const x = singleValue(t);
  if (Number.isNaN(x)) throw new PythonError('ValueError', 'cannot convert float NaN to integer');
  // Python raises OverflowError here, a type PythonError does not list yet.
  if (!Number.isFinite(x)) throw new PythonError('ValueError', 'cannot convert float infinity to integer');
  return { kind: 'int', value: Math.trunc(x) + 0 };
}

/** `bool(t)` (also `if t:`): only one-element tensors have a truth value. */
export function tensorTruth(t: Tensor): boolean {
  if (t.numel === 0) throw new PythonError('RuntimeError', 'Boolean value of Tensor with no values is ambiguous');
  if (t.numel > 1) throw new PythonError('RuntimeError', 'Boolean value of Tensor with more than one value is ambiguous');
  requireKnownValues(t);
  return readValues(t)[0] !== 0;
}

/** `len(t)`. */
export function tensorLength(t: Tensor): number {
  if (t.ndim === 0) throw new PythonError('TypeError', 'len() of a 0-d tensor');
  return t.shape[0];
}

/** `for row in t`: the views t[0], t[1], … */
export function tensorRows(t: Tensor): PyValue[] {
  if (t.ndim === 0) throw new PythonError('TypeError', 'iteration over a 0-d tensor');
  return Array.from({ length: t.shape[0] }, (_, i) => tensorValue(select(t, 0, i)));
}
