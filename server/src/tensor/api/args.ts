// Binds Python call arguments to a PyTorch-style signature (positional or keyword, defaults, keyword-only) and
// converts them, raising the TypeError Python or PyTorch would raise for a wrong call.
import { type CallArgs, PythonError, type PyValue, Unsupported } from '../../evaluator/values';
import type { DType } from '../dtype';
import { type Operand, type Scalar } from '../operand';
import { readValues, requireKnownValues, type Tensor } from '../tensor';

export interface Param {
  readonly name: string;
  /** Absent: the argument is required. */
  readonly default?: PyValue;
  readonly keywordOnly?: boolean;
}

export const NONE_DEFAULT: PyValue = { kind: 'none' };

/** `name` (required), `name=default`, or keyword-only `*, name=default`. */
export const required = (name: string): Param => ({ name });
export const optional = (name: string, value: PyValue = NONE_DEFAULT): Param => ({ name, default: value });
export const keywordOnly = (name: string, value: PyValue = NONE_DEFAULT): Param => ({ name, default: value, keywordOnly: true });

/** Keywords every factory accepts and the preview ignores (everything runs on the CPU, without autograd). */
const IGNORED_KEYWORDS = new Set(['device', 'layout', 'pin_memory', 'memory_format', 'non_blocking', 'out_is_ignored']);

/** The Python type name of a value, as TypeErrors show it. */
export function pythonTypeName(value: PyValue): string {
  switch (value.kind) {
    case 'none': return 'NoneType';
    case 'tensor': return 'Tensor';
    case 'dtype': return 'torch.dtype';
    case 'size': return 'torch.Size';
    case 'native': return 'builtin_function_or_method';
    case 'object': return value.object.typeName;
    case 'unknown': return 'object';
    default: return value.kind;
  }
}

export class BoundArgs {
  constructor(
    readonly fn: string,
    private readonly values: Map<string, PyValue>,
    private readonly positions: Map<string, number>,
  ) {}

  /** The raw value (the default when not passed). */
  get(name: string): PyValue {
    const value = this.values.get(name);
    if (value === undefined) throw new Error(`${this.fn}: no parameter ${name}`);
    return value;
  }

  /** Passed and not None. */
  has(name: string): boolean {
    const value = this.values.get(name);
    return value !== undefined && value.kind !== 'none';
  }

  private typeError(name: string, expected: string, value: PyValue): PythonError {
    const position = this.positions.get(name);
    const where = position === undefined ? `argument '${name}'` : `argument '${name}' (position ${position + 1})`;
    return new PythonError('TypeError', `${this.fn}(): ${where} must be ${expected}, not ${pythonTypeName(value)}`);
  }

  tensor(name: string): Tensor {
    const value = this.get(name);
    if (value.kind !== 'tensor') throw this.typeError(name, 'Tensor', value);
    return value.tensor;
  }

  optionalTensor(name: string): Tensor | undefined {
    return this.has(name) ? this.tensor(name) : undefined;
  }

  int(name: string): number {
    const value = this.get(name);
    const n = intOf(value);
    if (n === undefined) throw this.typeError(name, 'int', value);
    return n;
  }

  optionalInt(name: string): number | undefined {
    return this.has(name) ? this.int(name) : undefined;
  }

  float(name: string): number {
    const value = this.get(name);
    const x = numberOf(value);
    if (x === undefined) throw this.typeError(name, 'float', value);
    return x;
  }

  bool(name: string): boolean {
    const value = this.get(name);
    if (value.kind === 'bool') return value.value;
    if (value.kind === 'int') return value.value !== 0;
    if (value.kind === 'none') return false;
    throw this.typeError(name, 'bool', value);
  }

  str(name: string): string {
    const value = this.get(name);
    if (value.kind !== 'str') throw this.typeError(name, 'str', value);
    return value.value;
  }

  dtype(name: string): DType | undefined {
    const value = this.get(name);
    if (value.kind === 'none') return undefined;
    if (value.kind !== 'dtype') throw this.typeError(name, 'torch.dtype', value);
    return value.dtype;
  }

  /** A tensor or a Python number. */
  operand(name: string): Operand {
    const value = this.get(name);
    const operand = operandOf(value);
    if (operand === undefined) throw this.typeError(name, 'Tensor', value);
    return operand;
  }

  optionalOperand(name: string): Operand | undefined {
    return this.has(name) ? this.operand(name) : undefined;
  }

  /** A Python number (or a one-element tensor, whose value is used). */
  scalar(name: string): Scalar {
    const value = this.get(name);
    const scalar = scalarOf(value);
    if (scalar === undefined) throw this.typeError(name, 'Number', value);
    return scalar;
  }

  /** An int or a tuple/list of ints (dims, sizes). */
  intList(name: string): number[] {
    const value = this.get(name);
    const single = intOf(value);
    if (single !== undefined) return [single];
    const items = value.kind === 'tuple' || value.kind === 'list' ? value.items : value.kind === 'size' ? value.dims.map(d => ({ kind: 'int', value: d }) as PyValue) : undefined;
    if (items === undefined) throw this.typeError(name, 'tuple of ints', value);
    return items.map(item => {
      const n = intOf(item);
      if (n === undefined) throw new PythonError('TypeError', `${this.fn}(): argument '${name}' must be tuple of ints, but found element of type ${pythonTypeName(item)} at pos ${items.indexOf(item) + 1}`);
      return n;
    });
  }

  optionalIntList(name: string): number[] | undefined {
    return this.has(name) ? this.intList(name) : undefined;
  }
}

/** An int from an int, a bool, or a 0-dim integer tensor (Python's __index__). */
export function intOf(value: PyValue): number | undefined {
  if (value.kind === 'int') return value.value;
  if (value.kind === 'bool') return value.value ? 1 : 0;
  if (value.kind === 'tensor' && value.tensor.numel === 1 && (value.tensor.dtype === 'int64' || value.tensor.dtype === 'int32')) {
    requireKnownValues(value.tensor);
    return readValues(value.tensor)[0];
  }
  return undefined;
}

/** A number from a Python number or a one-element tensor. */
export function numberOf(value: PyValue): number | undefined {
  if (value.kind === 'int' || value.kind === 'float') return value.value;
  if (value.kind === 'bool') return value.value ? 1 : 0;
  if (value.kind === 'tensor' && value.tensor.numel === 1) {
    requireKnownValues(value.tensor);
    return readValues(value.tensor)[0];
  }
  return undefined;
}

export function scalarOf(value: PyValue): Scalar | undefined {
  if (value.kind === 'int' || value.kind === 'float' || value.kind === 'bool') return value;
  if (value.kind === 'tensor' && value.tensor.numel === 1) {
    requireKnownValues(value.tensor);
    const x = readValues(value.tensor)[0];
    const dtype = value.tensor.dtype;
    return dtype === 'bool' ? { kind: 'bool', value: x !== 0 } : dtype === 'int64' || dtype === 'int32' ? { kind: 'int', value: x } : { kind: 'float', value: x };
  }
  return undefined;
}

export function operandOf(value: PyValue): Operand | undefined {
  if (value.kind === 'tensor') return value.tensor;
  if (value.kind === 'int' || value.kind === 'float' || value.kind === 'bool') return value;
  return undefined;
}

/**
 * Binds `args` to `params` as Python does. Keywords in IGNORED_KEYWORDS (device=…, …) and `requires_grad`
 * are accepted by every signature that lists `acceptsFactoryKeywords`.
 */
export function bind(fn: string, params: readonly Param[], args: CallArgs, acceptsFactoryKeywords = false): BoundArgs {
  const values = new Map<string, PyValue>();
  const positions = new Map<string, number>();
  const positionalParams = params.filter(param => !param.keywordOnly);
  if (args.positional.length > positionalParams.length) {
    throw new PythonError('TypeError', `${fn}() takes ${positionalParams.length} positional argument${positionalParams.length === 1 ? '' : 's'} but ${args.positional.length} were given`);
  }
  args.positional.forEach((value, i) => {
    values.set(positionalParams[i].name, value);
    positions.set(positionalParams[i].name, i);
  });
  for (const [name, value] of args.keyword) {
    if (acceptsFactoryKeywords && (IGNORED_KEYWORDS.has(name) || name === 'requires_grad')) continue;
    if (!params.some(param => param.name === name)) throw new PythonError('TypeError', `${fn}() got an unexpected keyword argument '${name}'`);
    if (values.has(name)) throw new PythonError('TypeError', `${fn}() got multiple values for argument '${name}'`);
    values.set(name, value);
  }
  for (const param of params) {
    if (values.has(param.name)) continue;
    if (param.default === undefined) throw new PythonError('TypeError', `${fn}() missing required argument '${param.name}'`);
    values.set(param.name, param.default);
  }
  return new BoundArgs(fn, values, positions);
}

/** `requires_grad=True` among the keywords. */
export function requiresGradKeyword(args: CallArgs): boolean {
  const value = args.keyword.get('requires_grad');
  return value !== undefined && value.kind === 'bool' && value.value;
}

/** A device keyword the preview can honour (cpu, cuda…: all computed alike). */
export function checkDevice(args: CallArgs): void {
  const device = args.keyword.get('device');
  if (device === undefined || device.kind === 'none' || device.kind === 'str' || device.kind === 'object' || device.kind === 'unknown') return;
  throw new Unsupported('an unusual device argument is not modelled');
}

/**
 * Sizes given as varargs (`zeros(3, 4)`) or as one sequence (`zeros((3, 4))`, `zeros(x.shape)`), as PyTorch's
 * `*size` parameters take them.
 */
export function sizesFromArgs(fn: string, positional: readonly PyValue[]): number[] {
  if (positional.length === 1) {
    const only = positional[0];
    if (only.kind === 'size') return [...only.dims];
    if (only.kind === 'tuple' || only.kind === 'list') return only.items.map((item, i) => sizeItem(fn, item, i));
  }
  return positional.map((item, i) => {
    if (item.kind === 'tuple' || item.kind === 'list' || item.kind === 'size') {
      throw new PythonError('TypeError', `${fn}(): argument 'size' must be tuple of SymInts, but found element of type ${pythonTypeName(item)} at pos ${i + 1}`);
    }
    return sizeItem(fn, item, i);
  });
}

function sizeItem(fn: string, item: PyValue, index: number): number {
  const n = intOf(item);
  if (n === undefined) throw new PythonError('TypeError', `${fn}(): argument 'size' (position ${index + 1}) must be tuple of SymInts, not ${pythonTypeName(item)}`);
  return n;
}

/** The first 'unknown' among the arguments (looking into lists, tuples and dicts), if any. */
export function firstUnknown(args: CallArgs): (PyValue & { kind: 'unknown' }) | undefined {
  const search = (value: PyValue): (PyValue & { kind: 'unknown' }) | undefined => {
    if (value.kind === 'unknown') return value;
    if (value.kind === 'list' || value.kind === 'tuple') {
      for (const item of value.items) {
        const found = search(item);
        if (found !== undefined) return found;
      }
    }
    if (value.kind === 'dict') {
      for (const item of value.entries.values()) {
        const found = search(item);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  for (const value of args.positional) {
    const found = search(value);
    if (found !== undefined) return found;
  }
  for (const value of args.keyword.values()) {
    const found = search(value);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Splits `fn(input, *rest)` into the tensor and the remaining arguments (input may be passed as `input=`). */
export function splitSelf(fn: string, args: CallArgs, selfName = 'input'): { self: PyValue; rest: CallArgs } {
  if (args.positional.length > 0) return { self: args.positional[0], rest: { positional: args.positional.slice(1), keyword: args.keyword } };
  const self = args.keyword.get(selfName);
  if (self === undefined) throw new PythonError('TypeError', `${fn}() missing required argument '${selfName}' (pos 1)`);
  const keyword = new Map(args.keyword);
  keyword.delete(selfName);
  return { self, rest: { positional: [], keyword } };
}
