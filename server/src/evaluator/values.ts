// The values the evaluator computes: a small model of Python's, plus tensors. Every operation takes and
// returns these. What cannot be known statically is an `unknown` value that carries the reason, so a preview
// can say why it shows nothing instead of guessing.
import type { Tensor } from '../tensor/tensor';
import type { DType } from '../tensor/dtype';

export type PyValue =
  | { readonly kind: 'none' }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'float'; readonly value: number }
  /** A str; `device` marks a torch.device, which stands as its name (`str()` gives it) but has its own repr. */
  | { readonly kind: 'str'; readonly value: string; readonly device?: true }
  | { readonly kind: 'tuple'; readonly items: readonly PyValue[] }
  | { readonly kind: 'list'; readonly items: PyValue[] }
  | { readonly kind: 'dict'; readonly entries: Map<string, PyValue> }
  | { readonly kind: 'slice'; readonly start: number | null; readonly stop: number | null; readonly step: number | null }
  | { readonly kind: 'ellipsis' }
  | { readonly kind: 'tensor'; readonly tensor: Tensor }
  | { readonly kind: 'dtype'; readonly dtype: DType }
  /** `torch.Size`: a tuple of ints that prints as `torch.Size([3, 4])`. */
  | { readonly kind: 'size'; readonly dims: readonly number[] }
  | { readonly kind: 'native'; readonly name: string; readonly call: NativeFunction }
  | { readonly kind: 'unknown'; readonly reason: string }
  /** Interpreter-level values (functions, classes, objects, modules) live behind this kind. */
  | { readonly kind: 'object'; readonly object: EvaluatorObject };

/** Opaque to the tensor library: the interpreter's functions, classes, instances and modules. */
export interface EvaluatorObject {
  readonly typeName: string;
}

/** Arguments as Python passes them. */
export interface CallArgs {
  readonly positional: readonly PyValue[];
  readonly keyword: ReadonlyMap<string, PyValue>;
}

/** A call with no arguments, as `x.lower()` or `eps.is_integer()`. */
export function noArguments(args: CallArgs): boolean {
  return args.positional.length === 0 && args.keyword.size === 0;
}

export type NativeFunction = (args: CallArgs) => PyValue;

/** A method bound to a tensor: `x.scatter_(1, idx, 1.0)` calls `method(x, args)`. */
export type TensorMethod = (self: Tensor, args: CallArgs) => PyValue;

/**
 * An error PyTorch (or Python) itself would raise for this code, e.g. a `scatter_` index out of range or a float
 * op in place on an int64 tensor: `type` is the Python exception class, `message` PyTorch's meaning of it.
 */
export class PythonError extends Error {
  /** `type`: the Python exception class, e.g. 'RuntimeError', 'IndexError', 'TypeError', 'ValueError'. */
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

/**
 * Code the evaluator does not model (an unsupported argument, a tensor over the size limit): not an error in
 * the user's code, just no preview. The message says why, for "not previewed: …".
 */
export class Unsupported extends Error {}

export const NONE: PyValue = { kind: 'none' };
export const int = (value: number): PyValue => ({ kind: 'int', value });
export const float = (value: number): PyValue => ({ kind: 'float', value });
export const bool = (value: boolean): PyValue => ({ kind: 'bool', value });
export const str = (value: string): PyValue => ({ kind: 'str', value });
/** A torch.device by its name ('cpu', 'cuda:1'). */
export const device = (name: string): PyValue => ({ kind: 'str', value: name, device: true });
export const tensorValue = (tensor: Tensor): PyValue => ({ kind: 'tensor', tensor });
export const unknown = (reason: string): PyValue => ({ kind: 'unknown', reason });
/** A function of the evaluator's own (a builtin, a method of a value). */
export const native = (name: string, call: (args: CallArgs) => PyValue): PyValue => ({ kind: 'native', name, call });
