// What a graded function returned, as plain data, and how a learner's result differs from the solution's.
// The differences are told without printing the hidden inputs or the whole expected tensor: shape, dtype, how
// many values differ and by how much, and (for targets) what a row sums to, which is what label smoothing bugs
// usually change.
import { readValues, unknownReason } from '../tensor/tensor';
import type { PyValue } from '../evaluator/values';

export type ResultValue =
  | { readonly kind: 'tensor'; readonly shape: readonly number[]; readonly dtype: string; readonly values: readonly number[] }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'sequence'; readonly items: readonly ResultValue[] }
  /** Anything else (None, a string, an object): compared by its description. */
  | { readonly kind: 'other'; readonly description: string };

/** Values agree when |a − b| ≤ RESULT_TOLERANCE · max(1, |b|) (b: the solution's), as in the PyTorch oracle. */
export const RESULT_TOLERANCE = 1e-6;

/** The result as data, or why its value is not known statically. */
export function resultValue(value: PyValue): { value: ResultValue } | { unknown: string } {
  switch (value.kind) {
    case 'tensor': {
      const reason = unknownReason(value.tensor);
      if (reason) return { unknown: reason };
      return { value: { kind: 'tensor', shape: [...value.tensor.shape], dtype: value.tensor.dtype, values: [...readValues(value.tensor)] } };
    }
    case 'int':
    case 'float':
      return { value: { kind: 'number', value: value.value } };
    case 'bool':
      return { value: { kind: 'number', value: value.value ? 1 : 0 } };
    case 'tuple':
    case 'list': {
      const items: ResultValue[] = [];
      for (const item of value.items) {
        const result = resultValue(item);
        if ('unknown' in result) return result;
        items.push(result.value);
      }
      return { value: { kind: 'sequence', items } };
    }
    case 'unknown':
      return { unknown: value.reason };
    case 'none':
      return { value: { kind: 'other', description: 'None' } };
    default:
      return { value: { kind: 'other', description: value.kind === 'str' ? `the string ${JSON.stringify(value.value)}` : `a ${value.kind}` } };
  }
}

function describe(value: ResultValue): string {
  switch (value.kind) {
    case 'tensor': return `a ${value.dtype} tensor of shape [${value.shape.join(', ')}]`;
    case 'number': return 'a Python number';
    case 'sequence': return `a tuple of ${value.items.length}`;
    case 'other': return value.description;
  }
}

function close(actual: number, expected: number): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return actual === expected;
  return Math.abs(actual - expected) <= RESULT_TOLERANCE * Math.max(1, Math.abs(expected));
}

const shown = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(5))) : String(x));

/** How `actual` differs from `expected` (the solution's result), or undefined when they agree. */
export function resultDifference(actual: ResultValue, expected: ResultValue): string | undefined {
  if (actual.kind !== expected.kind) {
    // A 0-d tensor and a Python number are the same answer for a loss (`loss` vs `loss.item()`).
    const a = scalarOf(actual);
    const b = scalarOf(expected);
    if (a !== undefined && b !== undefined) return close(a, b) ? undefined : `returns ${shown(a)}, expected ${shown(b)}`;
    return `returns ${describe(actual)}, expected ${describe(expected)}`;
  }
  switch (expected.kind) {
    case 'number': {
      const a = (actual as typeof expected).value;
      return close(a, expected.value) ? undefined : `returns ${shown(a)}, expected ${shown(expected.value)}`;
    }
    case 'other':
      return (actual as typeof expected).description === expected.description ? undefined : `returns ${describe(actual)}, expected ${describe(expected)}`;
    case 'sequence': {
      const items = (actual as typeof expected).items;
      if (items.length !== expected.items.length) return `returns ${describe(actual)}, expected ${describe(expected)}`;
      for (let i = 0; i < items.length; i++) {
        const difference = resultDifference(items[i], expected.items[i]);
        if (difference) return `item ${i + 1}: ${difference}`;
      }
      return undefined;
    }
    case 'tensor':
      return tensorDifference(actual as typeof expected, expected);
  }
}

function scalarOf(value: ResultValue): number | undefined {
  if (value.kind === 'number') return value.value;
  if (value.kind === 'tensor' && value.values.length === 1 && value.shape.length === 0) return value.values[0];
  return undefined;
}

type TensorResult = Extract<ResultValue, { kind: 'tensor' }>;

function tensorDifference(actual: TensorResult, expected: TensorResult): string | undefined {
  if (actual.shape.join() !== expected.shape.join()) return `returns shape [${actual.shape.join(', ')}], expected [${expected.shape.join(', ')}]`;
  if (actual.dtype !== expected.dtype) return `returns ${actual.dtype} values, expected ${expected.dtype}`;
  const differing = expected.values.map((_, i) => i).filter(i => !close(actual.values[i], expected.values[i]));
  if (!differing.length) return undefined;
  if (expected.shape.length === 0) return `returns ${shown(actual.values[0])}, expected ${shown(expected.values[0])}`;
  const largest = differing.reduce((most, i) => Math.max(most, Math.abs(actual.values[i] - expected.values[i])), -Infinity);
  const parts = [`${differing.length} of ${expected.values.length} values differ (largest difference ${shown(largest)})`];
  const rows = rowSumDifference(actual, expected);
  if (rows) parts.push(rows);
  return parts.join('; ');
}

/** For 2-D targets: the first row whose sum differs, e.g. "row 1 sums to 1.0333, expected 1". */
function rowSumDifference(actual: TensorResult, expected: TensorResult): string | undefined {
  if (expected.shape.length !== 2) return undefined;
  const [rows, columns] = expected.shape;
  const sum = (values: readonly number[], row: number) => values.slice(row * columns, (row + 1) * columns).reduce((a, b) => a + b, 0);
  for (let row = 0; row < rows; row++) {
    const a = sum(actual.values, row);
    const b = sum(expected.values, row);
    if (Math.abs(a - b) > 1e-5) return `row ${row + 1} sums to ${shown(a)}, expected ${shown(b)}`;
  }
  return undefined;
}
