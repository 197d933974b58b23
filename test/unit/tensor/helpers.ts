// A small vocabulary for writing tensor tests that read like the Python they mirror, and the lookup of
// expectations that real PyTorch produced (fixtures/operations.py → fixtures/operations.json).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { type CallArgs, PythonError, type PyValue, Unsupported } from '../../../server/src/evaluator/values';
import {
  binaryOperator, getItem, inPlaceOperator, reprValue, setItem, tensorAttribute, tensorMethod, torchConstant, torchFunction, unaryOperator,
} from '../../../server/src/tensor/index';

/** A Python float literal (JavaScript cannot tell `1.0` from `1`). */
export class PyFloat {
  constructor(readonly value: number) {}
}
/** Keyword arguments. */
export class Keywords {
  constructor(readonly entries: Record<string, Arg>) {}
}
export type Arg = PyValue | PyFloat | Keywords | number | string | boolean | null | readonly Arg[];

export const f = (value: number): PyFloat => new PyFloat(value);
export const kw = (entries: Record<string, Arg>): Keywords => new Keywords(entries);
export const tup = (...items: Arg[]): PyValue => ({ kind: 'tuple', items: items.map(py) });
export const sl = (start: number | null = null, stop: number | null = null, step: number | null = null): PyValue => ({ kind: 'slice', start, stop, step });
export const ELLIPSIS: PyValue = { kind: 'ellipsis' };
export const NONE: PyValue = { kind: 'none' };

function isPyValue(value: unknown): value is PyValue {
  return typeof value === 'object' && value !== null && 'kind' in value && !Array.isArray(value);
}

/** JavaScript → Python: integers become ints, other numbers floats, arrays lists, null None. */
export function py(arg: Arg): PyValue {
  if (arg === null) return NONE;
  if (arg instanceof PyFloat) return { kind: 'float', value: arg.value };
  if (typeof arg === 'number') return Number.isInteger(arg) && !Object.is(arg, -0) ? { kind: 'int', value: arg } : { kind: 'float', value: arg };
  if (typeof arg === 'string') return { kind: 'str', value: arg };
  if (typeof arg === 'boolean') return { kind: 'bool', value: arg };
  if (Array.isArray(arg)) return { kind: 'list', items: arg.map(py) };
  if (isPyValue(arg)) return arg;
  throw new Error('keywords must come last');
}

function callArgs(args: readonly Arg[]): CallArgs {
  const last = args[args.length - 1];
  const keywords = last instanceof Keywords ? last : undefined;
  const positional = (keywords ? args.slice(0, -1) : args).map(py);
  const keyword = new Map(Object.entries(keywords?.entries ?? {}).map(([name, value]) => [name, py(value)] as const));
  return { positional, keyword };
}

/** `torch.<name>(...)`, e.g. torch('zeros', 2, 3) or torch('nn.functional.one_hot', labels, 4). */
export function torch(name: string, ...args: Arg[]): PyValue {
  const fn = torchFunction(`torch.${name}`);
  if (fn === undefined) throw new Error(`torch.${name} is not modelled`);
  return fn(callArgs(args));
}

/** `F.<name>(...)`. */
export function F(name: string, ...args: Arg[]): PyValue {
  return torch(`nn.functional.${name}`, ...args);
}

/** `nn.<name>(...)`. */
export function nn(name: string, ...args: Arg[]): PyValue {
  return torch(`nn.${name}`, ...args);
}

/** Calls a callable value (an nn module instance). */
export function call(callee: PyValue, ...args: Arg[]): PyValue {
  if (callee.kind !== 'native') throw new Error('not callable');
  return callee.call(callArgs(args));
}

/** `torch.<dtype>`. */
export function dt(name: string): PyValue {
  const value = torchConstant(`torch.${name}`);
  if (value === undefined) throw new Error(`torch.${name} is not a constant`);
  return value;
}

export function tensorOf(value: PyValue) {
  if (value.kind !== 'tensor') throw new Error(`expected a tensor, got ${value.kind}`);
  return value.tensor;
}

/** `self.<name>(...)`. */
export function m(self: PyValue, name: string, ...args: Arg[]): PyValue {
  const method = tensorMethod(name);
  if (method === undefined) throw new Error(`tensor.${name} is not modelled`);
  return method(tensorOf(self), callArgs(args));
}

/** `self.<name>`. */
export function attr(self: PyValue, name: string): PyValue {
  const value = tensorAttribute(tensorOf(self), name);
  if (value === undefined) throw new Error(`no attribute ${name}`);
  return value;
}

/** `a <op> b`. */
export function op(symbol: string, a: Arg, b: Arg): PyValue {
  return binaryOperator(symbol, py(a), py(b));
}

export function unary(symbol: '-' | '+' | '~', a: PyValue): PyValue {
  return unaryOperator(symbol, a);
}

/** `target <op>= b`. */
export function iop(symbol: string, target: PyValue, b: Arg): PyValue {
  return inPlaceOperator(symbol, target, py(b));
}

/** `t[i]` or `t[i, j, ...]`. */
export function at(t: PyValue, ...index: Arg[]): PyValue {
  return getItem(tensorOf(t), index.length === 1 ? py(index[0]) : tup(...index));
}

/** `t[index] = value` (index as for `at`: one item, or several for a tuple). */
export function assign(t: PyValue, index: Arg[], value: Arg): PyValue {
  setItem(tensorOf(t), index.length === 1 ? py(index[0]) : tup(...index), py(value));
  return t;
}

/** What Python would show: the repr of the value, or "ErrorType: message" for what it raises. */
export function outcome(run: () => PyValue): string {
  try {
    return reprValue(run());
  } catch (error) {
    if (error instanceof PythonError) return `${error.type}: ${error.message}`;
    if (error instanceof Unsupported) return `Unsupported: ${error.message}`;
    throw error;
  }
}

const fixtureFile = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'unit', 'tensor', 'fixtures', 'operations.json');
let expectations: Record<string, string> | undefined;

/** What real PyTorch returned or raised for the fixture snippet `name`. */
export function expected(name: string): string {
  expectations ??= JSON.parse(fs.readFileSync(fixtureFile, 'utf8')) as Record<string, string>;
  const value = expectations[name];
  if (value === undefined) throw new Error(`no PyTorch expectation named '${name}' (run fixtures/operations.py)`);
  return value;
}

/** Registers a test comparing our outcome with PyTorch's, character for character. */
export function check(name: string, run: () => PyValue): void {
  it(name, () => assert.strictEqual(outcome(run), expected(name)));
}

/**
 * For TypeErrors from PyTorch's argument parser, whose full text lists every overload: only the exception type
 * and the function name must agree.
 */
export function checkErrorType(name: string, run: () => PyValue): void {
  it(name, () => {
    const ours = outcome(run);
    const theirs = expected(name);
    const head = (text: string) => text.split('(')[0];
    assert.strictEqual(head(ours), head(theirs), `${ours} vs ${theirs}`);
  });
}

/** Numbers in a Python repr (nested lists of floats), for comparisons to a tolerance. */
function numbersIn(text: string): number[] {
  return (text.match(/-?(?:\d+\.?\d*(?:e[-+]?\d+)?|inf|nan)/g) ?? []).map(token =>
    token === 'nan' ? NaN : token === 'inf' ? Infinity : token === '-inf' ? -Infinity : Number(token));
}

/** Like `check`, but numbers need only agree to 1e-6 (relative to max(1, |x|)). */
export function checkClose(name: string, run: () => PyValue, tolerance = 1e-6): void {
  it(name, () => {
    const ours = outcome(run);
    const theirs = expected(name);
    const a = numbersIn(ours);
    const b = numbersIn(theirs);
    assert.strictEqual(a.length, b.length, `${ours} vs ${theirs}`);
    a.forEach((x, i) => {
      const ok = (Number.isNaN(x) && Number.isNaN(b[i])) || Math.abs(x - b[i]) <= tolerance * Math.max(1, Math.abs(b[i]));
      assert.ok(ok, `element ${i}: ${x} vs ${b[i]}`);
    });
  });
}

/** The 3×4 logits of `torch.manual_seed(0); torch.randn(3, 4)` as literals, and labels [0, 2, 3]. */
export function seedLogits(): PyValue {
  return torch('tensor', [
    [1.5409960746765137, -0.293428897857666, -2.1787893772125244, 0.5684312582015991],
    [-1.0845223665237427, -1.3985954523086548, 0.40334683656692505, 0.8380263447761536],
    [-0.7192575931549072, -0.40334352850914, -0.5966353416442871, 0.18203648924827576],
  ]);
}

export function seedLabels(): PyValue {
  return torch('tensor', [0, 2, 3]);
}
