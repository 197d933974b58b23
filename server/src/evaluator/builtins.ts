// Python's built-in functions that smoothing code uses (print, range, len, float, min, max, …), the `math`
// module, and exception classes for `raise`. print() records what Python would write.
import type { Interpreter } from './interpreter';
import type { EvaluatorObject } from './values';
import { CallArgs, PyValue, PythonError, Unsupported, NONE, bool, float, int, native, str, unknown } from './values';
import { numberOf, scalarCompare, truthiness } from './pythonScalars';
import { binary, typeName } from './expressions';
import { iterate } from './iteration';
import { sortedItems } from './containerMethods';
import { formatValue as pyStr, reprValue as pyRepr, tensorLength, tensorToFloat, tensorToInt } from '../tensor';
import { printedTensors } from './printedTensors';

export class RangeObject implements EvaluatorObject {
  readonly typeName = 'range';
  constructor(readonly start: number, readonly stop: number, readonly step: number) {}
  get length(): number {
    return Math.max(0, Math.ceil((this.stop - this.start) / this.step));
  }
}

export class MathModule implements EvaluatorObject {
  readonly typeName = 'module';
}

/** An exception raised by the code itself: `raise ValueError("…")`. */
export class ExceptionValue implements EvaluatorObject {
  constructor(readonly typeName: string, readonly message: string) {}
}

const EXCEPTION_TYPES = ['Exception', 'ValueError', 'TypeError', 'RuntimeError', 'IndexError', 'KeyError',
  'AssertionError', 'NotImplementedError', 'ZeroDivisionError', 'AttributeError'];

type Builtin = (it: Interpreter, args: CallArgs) => PyValue;

/** The built-in functions by name; each takes the evaluation it runs in (print() writes into it). */
const BUILTINS = new Map<string, Builtin>();
const define = (name: string, call: Builtin) => BUILTINS.set(name, call);

define('print', (it, args) => {
  const sep = optionalString(args.keyword.get('sep'), ' ');
  const end = optionalString(args.keyword.get('end'), '\n');
  const text = args.positional.map(pyStr).join(sep);
  if (it.recorder.inputs.length) return NONE;   // an example call's output is not the program's
  it.prints.push({ text: end === '\n' ? text : text + end, tensors: printedTensors(args.positional) });
  return NONE;
});
define('range', (_, args) => {
  const bounds = args.positional.map(value => integerArgument(value, 'range'));
  const [start, stop, step] = bounds.length === 1 ? [0, bounds[0], 1] : [bounds[0], bounds[1], bounds[2] ?? 1];
  if (step === 0) throw new PythonError('ValueError', 'range() arg 3 must not be zero');
  return { kind: 'object', object: new RangeObject(start, stop, step) };
});
define('len', (_, args) => lengthOf(args.positional[0] ?? NONE));
define('float', (_, args) => toFloat(args.positional[0] ?? float(0)));
define('int', (_, args) => toInt(args.positional[0] ?? int(0)));
define('bool', (_, args) => {
  const truth = truthiness(args.positional[0] ?? bool(false));
  return truth === undefined ? unknown('the truth value is not known') : bool(truth);
});
define('str', (_, args) => str(pyStr(args.positional[0] ?? str(''))));
define('repr', (_, args) => str(pyRepr(args.positional[0] ?? NONE)));
define('abs', (_, args) => {
  const value = args.positional[0] ?? NONE;
  const x = numberOf(value);
  if (x === undefined) return value.kind === 'unknown' ? value : unknown(`abs() of a ${typeName(value)} is not modelled`);
  return value.kind === 'float' ? float(Math.abs(x)) : int(Math.abs(x));
});
define('min', (it, args) => extreme(it, args, '<'));
define('max', (it, args) => extreme(it, args, '>'));
define('sum', (it, args) => iterate(it, args.positional[0] ?? NONE).reduce((total, item) => binary(it, '+', total, item), args.positional[1] ?? int(0)));
define('round', (_, args) => roundNumber(args.positional[0] ?? NONE, args.positional[1] ?? args.keyword.get('ndigits')));
define('sorted', (it, args) => ({ kind: 'list', items: sortedItems(iterate(it, args.positional[0] ?? NONE), args, 'sorted') }));
define('list', (it, args) => ({ kind: 'list', items: args.positional.length ? iterate(it, args.positional[0]) : [] }));
define('tuple', (it, args) => ({ kind: 'tuple', items: args.positional.length ? iterate(it, args.positional[0]) : [] }));
define('dict', (_, args) => ({ kind: 'dict', entries: new Map(args.keyword) }));
define('enumerate', (it, args) => {
  const start = numberOf(args.positional[1] ?? args.keyword.get('start') ?? int(0)) ?? 0;
  return { kind: 'list', items: iterate(it, args.positional[0] ?? NONE).map((item, i) => ({ kind: 'tuple', items: [int(start + i), item] })) };
});
define('zip', (it, args) => {
  const sequences = args.positional.map(value => iterate(it, value));
  const length = sequences.length ? Math.min(...sequences.map(sequence => sequence.length)) : 0;   // zip() is empty
  return { kind: 'list', items: Array.from({ length }, (_, i) => ({ kind: 'tuple', items: sequences.map(sequence => sequence[i]) })) };
});
define('isinstance', (_, args) => isInstance(args.positional[0] ?? NONE, args.positional[1] ?? NONE));
define('getattr', () => unknown('getattr() is not modelled'));
for (const type of EXCEPTION_TYPES) {
  define(type, (_, args) => ({ kind: 'object', object: new ExceptionValue(type, args.positional.map(pyStr).join(', ')) }));
}

/**
 * The built-in `name` for one evaluation, or undefined when Python has no such built-in that is modelled. Made on
 * first use: most code calls a few of them, and an evaluation is kept for hovers as long as its slice is cached.
 */
export function createBuiltin(it: Interpreter, name: string): PyValue | undefined {
  if (name === 'math') return { kind: 'object', object: new MathModule() };
  const call = BUILTINS.get(name);
  return call && native(name, args => call(it, args));
}

const MATH_FUNCTIONS: Record<string, (x: number, y?: number) => number> = {
  log: (x, base) => (base === undefined ? Math.log(x) : Math.log(x) / Math.log(base)),
  log2: Math.log2, log10: Math.log10, exp: Math.exp, sqrt: Math.sqrt, fabs: Math.abs,
};

export function mathAttribute(name: string): PyValue | undefined {
  switch (name) {
    case 'pi': return float(Math.PI);
    case 'e': return float(Math.E);
    case 'inf': return float(Infinity);
    case 'floor': return native('floor', args => int(Math.floor(requireNumber(args.positional[0]))));
    case 'ceil': return native('ceil', args => int(Math.ceil(requireNumber(args.positional[0]))));
    default: {
      const fn = MATH_FUNCTIONS[name];
      if (!fn) return undefined;
      return native(name, args => {
        const x = requireNumber(args.positional[0]);
        if ((name.startsWith('log') && x <= 0) || (name === 'sqrt' && x < 0)) throw new PythonError('ValueError', 'math domain error');
        return float(fn(x, args.positional[1] === undefined ? undefined : requireNumber(args.positional[1])));
      });
    }
  }
}

function requireNumber(value: PyValue | undefined): number {
  if (value?.kind === 'unknown') throw new Unsupported(value.reason);
  if (value?.kind === 'tensor') return requireNumber(tensorToFloat(value.tensor));
  const x = value && numberOf(value);
  if (x === undefined) throw new PythonError('TypeError', `must be real number, not ${value ? typeName(value) : 'nothing'}`);
  return x;
}

function optionalString(value: PyValue | undefined, fallback: string): string {
  if (!value || value.kind === 'none') return fallback;
  if (value.kind === 'str') return value.value;
  throw new PythonError('TypeError', 'sep and end must be None or a string');
}

function integerArgument(value: PyValue, where: string): number {
  if (value.kind === 'unknown') throw new Unsupported(value.reason);
  const x = value.kind === 'tensor' ? numberOf(tensorToInt(value.tensor)) : value.kind === 'float' ? undefined : numberOf(value);
  if (x === undefined) throw new PythonError('TypeError', `'${typeName(value)}' object cannot be interpreted as an integer (in ${where}())`);
  return x;
}

function lengthOf(value: PyValue): PyValue {
  switch (value.kind) {
    case 'unknown': return value;
    case 'list': case 'tuple': return int(value.items.length);
    case 'str': return int([...value.value].length);
    case 'dict': return int(value.entries.size);
    case 'size': return int(value.dims.length);
    case 'tensor': return int(tensorLength(value.tensor));
    case 'object': if (value.object instanceof RangeObject) return int(value.object.length); break;
    default: break;
  }
  throw new PythonError('TypeError', `object of type '${typeName(value)}' has no len()`);
}

function toFloat(value: PyValue): PyValue {
  switch (value.kind) {
    case 'unknown': return value;
    case 'int': case 'float': return float(value.value);
    case 'bool': return float(value.value ? 1 : 0);
    case 'str': {
      const text = value.value.trim().toLowerCase();
      const parsed = text === 'inf' || text === '+inf' ? Infinity : text === '-inf' ? -Infinity : text === 'nan' ? NaN : Number(text);
      if (text === '' || (Number.isNaN(parsed) && text !== 'nan')) throw new PythonError('ValueError', `could not convert string to float: '${value.value}'`);
      return float(parsed);
    }
    case 'tensor': return tensorToFloat(value.tensor);
    default: throw new PythonError('TypeError', `float() argument must be a string or a real number, not '${typeName(value)}'`);
  }
}

function toInt(value: PyValue): PyValue {
  switch (value.kind) {
    case 'unknown': return value;
    case 'int': return value;
    case 'bool': return int(value.value ? 1 : 0);
    case 'float':
      if (!Number.isFinite(value.value)) throw new PythonError(Number.isNaN(value.value) ? 'ValueError' : 'OverflowError', 'cannot convert float to integer');
      return int(Math.trunc(value.value));
    case 'str': {
      if (!/^\s*[+-]?\d[\d_]*\s*$/.test(value.value)) throw new PythonError('ValueError', `invalid literal for int() with base 10: '${value.value}'`);
      return int(Number(value.value.replace(/_/g, '')));
    }
    case 'tensor': return tensorToInt(value.tensor);
    default: throw new PythonError('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeName(value)}'`);
  }
}

function extreme(it: Interpreter, args: CallArgs, direction: '<' | '>'): PyValue {
  const items = args.positional.length === 1 ? iterate(it, args.positional[0]) : [...args.positional];
  if (items.length === 0) throw new PythonError('ValueError', `${direction === '<' ? 'min' : 'max'}() arg is an empty sequence`);
  let best = items[0];
  for (const item of items.slice(1)) {
    if (item.kind === 'unknown') return item;
    const better = scalarCompare(direction, item, best);
    if (better === undefined) return unknown(`${direction === '<' ? 'min' : 'max'}() of these values is not modelled`);
    if (better) best = item;
  }
  return best;
}

function roundNumber(value: PyValue, digits: PyValue | undefined): PyValue {
  if (value.kind === 'unknown') return value;
  const x = numberOf(value);
  if (x === undefined) return unknown(`round() of a ${typeName(value)} is not modelled`);
  const n = digits && digits.kind !== 'none' ? numberOf(digits) ?? 0 : undefined;
  if (n === undefined) return int(roundHalfEven(x));
  const scale = 10 ** n;
  const rounded = roundHalfEven(x * scale) / scale;
  return value.kind === 'float' ? float(rounded) : int(rounded);
}

function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const difference = x - floor;
  if (difference > 0.5) return floor + 1;
  if (difference < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

function isInstance(value: PyValue, classes: PyValue): PyValue {
  if (value.kind === 'unknown') return value;
  const candidates = classes.kind === 'tuple' ? classes.items : [classes];
  for (const candidate of candidates) {
    if (candidate.kind === 'native') {
      const expected: Record<string, string[]> = { int: ['int', 'bool'], float: ['float'], str: ['str'], bool: ['bool'], list: ['list'], tuple: ['tuple', 'size'], dict: ['dict'] };
      if (expected[candidate.name]?.includes(value.kind)) return bool(true);
      continue;
    }
    if (candidate.kind === 'object' && candidate.object.typeName === 'module' && 'qualifiedName' in candidate.object &&
        (candidate.object as { qualifiedName: string }).qualifiedName === 'torch.Tensor') {
      if (value.kind === 'tensor') return bool(true);
      continue;
    }
    return unknown('isinstance() with this class is not modelled');
  }
  return bool(false);
}
