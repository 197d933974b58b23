// Python's own arithmetic, comparisons and truthiness for values that are not tensors: ints stay ints,
// `/` makes floats, `//` and `%` floor, bools count as ints, strings, lists and tuples concatenate.
import { PyValue, PythonError, Unsupported, float, int, str } from './values';

/**
 * The longest string, list or tuple a repetition (`[0] * n`, `'-' * n`) may build: a preview never needs more,
 * and `[x] * 2**63` would otherwise exhaust the editor's memory before any budget is checked.
 */
export const MAX_SEQUENCE_LENGTH = 1_000_000;

export type BinaryOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '&' | '|' | '^' | '<<' | '>>';
export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

export function isNumber(value: PyValue): value is Extract<PyValue, { kind: 'int' | 'float' | 'bool' }> {
  return value.kind === 'int' || value.kind === 'float' || value.kind === 'bool';
}

export function numberOf(value: PyValue): number | undefined {
  if (value.kind === 'int' || value.kind === 'float') return value.value;
  if (value.kind === 'bool') return value.value ? 1 : 0;
  return undefined;
}

/** Python's truth value; undefined when it cannot be known (unknown values, tensors are handled by the caller). */
export function truthiness(value: PyValue): boolean | undefined {
  switch (value.kind) {
    case 'none': return false;
    case 'bool': return value.value;
    case 'int': case 'float': return value.value !== 0;
    case 'str': return value.value.length > 0;
    case 'tuple': case 'list': return value.items.length > 0;
    case 'dict': return value.entries.size > 0;
    case 'size': return value.dims.length > 0;
    case 'unknown': return undefined;
    default: return true;
  }
}

/** a op b for non-tensor operands; undefined when Python would not define it for these types. */
export function scalarBinary(op: BinaryOperator, a: PyValue, b: PyValue): PyValue | undefined {
  const x = numberOf(a);
  const y = numberOf(b);
  if (x !== undefined && y !== undefined) {
    const integral = a.kind !== 'float' && b.kind !== 'float';
    return numericBinary(op, x, y, integral);
  }
  // A torch.device is no str to Python: `device + ':0'` raises (left to the caller: not modelled here).
  if (op === '+' && a.kind === 'str' && b.kind === 'str' && !a.device && !b.device) return str(a.value + b.value);
  if (op === '+' && a.kind === 'list' && b.kind === 'list') return { kind: 'list', items: [...a.items, ...b.items] };
  if (op === '+' && a.kind === 'tuple' && b.kind === 'tuple') return { kind: 'tuple', items: [...a.items, ...b.items] };
  if (op === '*') {
    const [sequence, count] = x === undefined ? [a, y] : [b, x];
    if (count !== undefined && Number.isInteger(count)) {
      const length = sequence.kind === 'str' ? sequence.value.length : sequence.kind === 'list' || sequence.kind === 'tuple' ? sequence.items.length : 0;
      if (length * count > MAX_SEQUENCE_LENGTH) {
        throw new Unsupported(`a ${sequence.kind} of ${(length * count).toLocaleString('en-US')} items is over the limit of ${MAX_SEQUENCE_LENGTH.toLocaleString('en-US')}`);
      }
      if (sequence.kind === 'str') return str(sequence.value.repeat(Math.max(0, count)));
      if (sequence.kind === 'list') return { kind: 'list', items: repeat(sequence.items, count) };
      if (sequence.kind === 'tuple') return { kind: 'tuple', items: repeat(sequence.items, count) };
    }
  }
  return undefined;
}

function repeat(items: readonly PyValue[], count: number): PyValue[] {
  const out: PyValue[] = [];
  for (let i = 0; i < count; i++) out.push(...items);
  return out;
}

function numericBinary(op: BinaryOperator, x: number, y: number, integral: boolean): PyValue | undefined {
  const number = (value: number) => (integral ? int(value) : float(value));
  switch (op) {
    case '+': return number(x + y);
    case '-': return number(x - y);
    case '*': return number(x * y);
    case '/':
      if (y === 0) throw new PythonError('ZeroDivisionError', integral ? 'division by zero' : 'float division by zero');
      return float(x / y);
    case '//':
      if (y === 0) throw new PythonError('ZeroDivisionError', integral ? 'integer division or modulo by zero' : 'float floor division by zero');
      return number(Math.floor(x / y));
    case '%':
      if (y === 0) throw new PythonError('ZeroDivisionError', integral ? 'integer division or modulo by zero' : 'float modulo');
      return number(x - y * Math.floor(x / y));
    case '**':
      if (integral && y < 0) return float(x ** y);
      return number(x ** y);
    case '&': return integral ? int(x & y) : undefined;
    case '|': return integral ? int(x | y) : undefined;
    case '^': return integral ? int(x ^ y) : undefined;
    case '<<': return integral ? int(x * 2 ** y) : undefined;
    case '>>': return integral ? int(Math.floor(x / 2 ** y)) : undefined;
    default: return undefined;
  }
}

export function scalarCompare(op: ComparisonOperator, a: PyValue, b: PyValue): boolean | undefined {
  const x = numberOf(a);
  const y = numberOf(b);
  if (x !== undefined && y !== undefined) return compareOrdered(op, x, y);
  if (a.kind === 'str' && b.kind === 'str' && !a.device && !b.device) return compareOrdered(op, a.value < b.value ? -1 : a.value > b.value ? 1 : 0, 0);
  if (op === '==' || op === '!=') {
    const equal = scalarEquals(a, b);
    return equal === undefined ? undefined : (op === '==') === equal;
  }
  return undefined;
}

function compareOrdered(op: ComparisonOperator, x: number, y: number): boolean {
  switch (op) {
    case '==': return x === y;
    case '!=': return x !== y;
    case '<': return x < y;
    case '<=': return x <= y;
    case '>': return x > y;
    case '>=': return x >= y;
  }
}

/** Structural equality for plain values; undefined when unknown or tensors are involved. */
export function scalarEquals(a: PyValue, b: PyValue): boolean | undefined {
  const x = numberOf(a);
  const y = numberOf(b);
  if (x !== undefined && y !== undefined) return x === y;
  if (a.kind === 'unknown' || b.kind === 'unknown' || a.kind === 'tensor' || b.kind === 'tensor') return undefined;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'none': return true;
    // A device equals a device of the same name, never its name as a str (`x.device == 'cuda'` is False).
    case 'str': return a.value === (b as typeof a).value && !a.device === !(b as typeof a).device;
    case 'tuple': case 'list': {
      const other = (b as typeof a).items;
      if (a.items.length !== other.length) return false;
      for (let i = 0; i < other.length; i++) {
        const equal = scalarEquals(a.items[i], other[i]);
        if (equal !== true) return equal;
      }
      return true;
    }
    case 'dtype': return a.dtype === (b as typeof a).dtype;
    default: return a === b;
  }
}

