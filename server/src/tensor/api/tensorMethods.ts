// The methods and attributes of a tensor, for `x.name(...)` and `x.name`.
import { type CallArgs, type PyValue, type TensorMethod, device, tensorValue } from '../../evaluator/values';
import { checkInPlaceAllowed, markInPlace, markResult, recordsHistory, tensorsIn } from '../autograd';
import { METHOD_GRAD_FNS, NO_HISTORY_METHODS } from './gradFnNames';
import { reverseDims } from '../views';
import { ARITHMETIC_METHODS } from './arithmeticMethods';
import { REDUCTION_METHODS } from './reductionMethods';
import { SHAPE_METHODS } from './shapeMethods';
import { VALUE_METHODS } from './valueMethods';
import { RANDOM_METHODS } from './randomFunctions';
import { firstUnknown } from './args';
import { forgetValues, Tensor, Tensor as TensorClass } from '../tensor';

const METHODS: Record<string, TensorMethod> = {
  ...SHAPE_METHODS,
  ...VALUE_METHODS,
  ...ARITHMETIC_METHODS,
  ...REDUCTION_METHODS,
  ...RANDOM_METHODS,
};

/** The method `x.name`, or undefined when the preview does not model it. */
export function tensorMethod(name: string): TensorMethod | undefined {
  const method = Object.prototype.hasOwnProperty.call(METHODS, name) ? METHODS[name] : undefined;
  if (method === undefined) return undefined;
  return (self, args) => {
    const unknown = firstUnknown(args);
    if (!unknown) return withHistory(name, method, self, args);
    // `one_hot.scatter_add_(1, labels, values)` with unknown values: one_hot itself is no longer known.
    if (name.endsWith('_')) forgetValues(self, unknown.reason);
    return unknown;
  };
}

/** Runs a method and names the autograd node its result would have (see autograd.ts). */
function withHistory(name: string, method: TensorMethod, self: Tensor, args: CallArgs): PyValue {
  const inputs = [self, ...tensorsIn([...args.positional, ...args.keyword.values()])];
  const history = recordsHistory(inputs) && !NO_HISTORY_METHODS.has(name);
  const inPlace = name.endsWith('_');
  if (history && inPlace) checkInPlaceAllowed(self, false);
  const result = method(self, args);
  if (!history) return result;
  const rule = METHOD_GRAD_FNS[name];
  const node = typeof rule === 'function' ? rule(self, args, result) : rule;
  if (inPlace) markInPlace(self, node);
  else markResult(result, inputs, node);
  return result;
}

/** The names of all modelled methods (for completions and "no attribute" messages). */
export function tensorMethodNames(): string[] {
  return Object.keys(METHODS).sort();
}

/** A data attribute of a tensor (`x.shape`, `x.dtype`, `x.T`…), or undefined when there is none. */
export function tensorAttribute(t: Tensor, name: string): PyValue | undefined {
  switch (name) {
    case 'shape': return { kind: 'size', dims: [...t.shape] };
    case 'dtype': return { kind: 'dtype', dtype: t.dtype };
    case 'ndim': return { kind: 'int', value: t.ndim };
    case 'T': return withViewHistory(t, tensorValue(reverseDims(t)), 'PermuteBackward0');
    case 'mT': return t.ndim < 2 ? undefined : withViewHistory(t, tensorValue(reverseLastTwo(t)), 'TransposeBackward0');
    case 'device': return device('cpu');
    case 'is_cuda': return { kind: 'bool', value: false };
    case 'requires_grad': return { kind: 'bool', value: t.requiresGrad || t.gradFn !== undefined };
    case 'is_leaf': return { kind: 'bool', value: t.gradFn === undefined };
    case 'grad': return { kind: 'none' };
    case 'grad_fn': return t.gradFn === undefined ? { kind: 'none' } : { kind: 'unknown', reason: 'autograd nodes are not modelled' };
    case 'data': return tensorValue(new TensorClass(t.storage, t.dtype, t.shape, t.strides, t.offset));
    default: return undefined;
  }
}

function withViewHistory(base: Tensor, view: PyValue, node: string): PyValue {
  if (recordsHistory([base])) markResult(view, [base], node);
  return view;
}

function reverseLastTwo(t: Tensor): Tensor {
  const shape = [...t.shape];
  const strides = [...t.strides];
  const n = t.ndim;
  [shape[n - 2], shape[n - 1]] = [shape[n - 1], shape[n - 2]];
  [strides[n - 2], strides[n - 1]] = [strides[n - 1], strides[n - 2]];
  return new TensorClass(t.storage, t.dtype, shape, strides, t.offset);
}
