// Targets implied by a loss written over log-probabilities (timm, fairseq, NVIDIA, kl_div forms): the loss is
// affine in log p, so q = −∂loss/∂log p is exact and cheap to carry forward. Every log_softmax output is a seed
// with one tangent column per element (its identity); an operation that is affine in a tensor argument maps a
// tangent column d through itself as f(…, d, …) − f(…, 0, …); anything else marks its result as depending on
// log p in a way not followed, and a loss computed from it implies nothing (its targets are not previewed).
// Results autograd treats as constants (a shape read by full_like, indices, comparisons) carry nothing. The columns travel stacked, as one tensor, and most
// operations map them all in one replay (batchedTangents.ts).
import { Tensor, binaryOp, cloneTensor, collectWarnings, sumAllOfEach, zeros } from '../tensor';
import { tensorFromValues, readValues, unknownReasonOf } from '../tensor/tensor';
import { select } from '../tensor/views';
import { ArgumentAt, batchedArguments, substitute } from './batchedTangents';
import { CallArgs, PyValue, tensorValue } from './values';

/** Above this many log-probabilities, no tangents are carried (each column costs one more evaluation). */
const MAX_SEED_ELEMENTS = 1024;

/** Positions (0 = self or the first argument) in which each operation is affine; 'all': in every tensor argument. */
const AFFINE_POSITIONS: Readonly<Record<string, 'all' | readonly number[]>> = {
  add: 'all', sub: 'all', subtract: 'all', mul: 'all', multiply: 'all', neg: 'all', negative: 'all', pos: 'all',
  add_: 'all', sub_: 'all', mul_: 'all', neg_: 'all',
  div: [0], divide: [0], true_divide: [0], div_: [0],
  sum: [0], mean: [0], gather: [0], index_select: [0], getitem: [0], select: [0], narrow: [0],
  view: [0], view_as: [0], reshape: [0], reshape_as: [0], squeeze: [0], unsqueeze: [0], squeeze_: [0], unsqueeze_: [0],
  transpose: [0], t: [0], permute: [0], flatten: [0], expand: [0], expand_as: [0], contiguous: [0], clone: [0],
  float: [0], double: [0], to: [0], type: [0], type_as: [0],
  masked_fill: [0], masked_fill_: [0], where: [1, 2], lerp: [0, 1],
  nll_loss: [0], NLLLoss: [0], kl_div: [0], KLDivLoss: [0],
};
/**
 * The affine operations that are linear in their carried argument when no other carries tangents: f(…, 0, …) is
 * zero, so a column maps to f(…, d, …) itself, without the replay at zero and the subtraction.
 */
const LINEAR = new Set([
  'mul', 'multiply', 'neg', 'negative', 'pos', 'mul_', 'neg_', 'div', 'divide', 'true_divide', 'div_',
  'sum', 'mean', 'gather', 'index_select', 'getitem', 'select', 'narrow', 'view', 'view_as', 'reshape', 'reshape_as',
  'squeeze', 'unsqueeze', 'squeeze_', 'unsqueeze_', 'transpose', 't', 'permute', 'flatten', 'expand', 'expand_as',
  'contiguous', 'clone', 'float', 'double', 'to', 'type', 'type_as', 'nll_loss', 'NLLLoss',
]);
const SEEDS = new Set(['log_softmax', 'LogSoftmax']);
/**
 * Operations whose result autograd treats as a constant of their inputs: what reads only a shape
 * (`full_like(lprobs, ε/K)`), a detached copy, indices, comparisons and integer casts. They carry nothing on.
 */
const CONSTANT_RESULTS = new Set([
  'detach', 'detach_', 'zeros_like', 'ones_like', 'full_like', 'empty_like', 'rand_like', 'randn_like',
  'new_zeros', 'new_ones', 'new_full', 'new_empty', 'new_tensor', 'argmax', 'argmin', 'argsort',
  'eq', 'ne', 'lt', 'le', 'gt', 'ge', '==', '!=', '<', '<=', '>', '>=', '&', '|', '^', '~',
  'long', 'int', 'bool', 'byte', 'short', 'sign', 'round', 'floor', 'ceil', 'trunc', 'isnan', 'isinf',
]);
/** Keyword arguments that stand for a position, for the operations above. */
const KEYWORD_POSITIONS: Readonly<Record<string, number>> = { input: 0, self: 0, other: 1, end: 1 };

/** The targets a loss implies: −∂loss/∂log p, in the shape of the log-probabilities. */
export interface ImpliedTargets {
  readonly shape: number[];
  readonly values: number[];
}

interface Tangent {
  readonly seed: Tensor;
  /** ∂value/∂seed[m] for every seed element m, stacked: shape [seed.numel, …the value's shape], contiguous. */
  readonly columns: Tensor;
}

interface Carried extends ArgumentAt {
  readonly tangent: Tangent;
}

export class Tangents {
  private readonly tangents = new WeakMap<Tensor, Tangent>();
  /**
   * Tensors that depend on log-probabilities in a way that is not affine (`log_p.exp()`, `(1 - p) ** gamma`):
   * they carry no tangent, and nothing computed from them does. Without this, a focal loss
   * `-(soft * (1 - p) ** gamma * log_p)` would treat its factor as a constant and imply "targets" soft·(1 − p)^γ.
   */
  private readonly nonAffine = new WeakSet<Tensor>();

  /** `onError` hears about every error a tensor operation raises, with the operation's name. */
  constructor(private readonly onError: (error: unknown, name: string) => void = () => undefined) {}

  /**
   * Runs a tensor operation and carries tangents through it. `args.positional[0]` is self for methods.
   * `run` must compute the operation for any arguments (it is called again with tangent columns).
   */
  apply(name: string, run: (args: CallArgs) => PyValue, args: CallArgs): PyValue {
    const carried = this.carriedArguments(args);
    const inPlace = name.endsWith('_');
    // An in-place operation's replays must start from self as it was, not as the operation left it.
    const self = inPlace && carried.some(({ position }) => position !== 0) ? tensorOf(args.positional[0]) : undefined;
    const before = self && cloneTensor(self);
    let result: PyValue;
    try {
      result = run(args);
    } catch (error) {
      this.onError(error, name);
      throw error;
    }
    if (result.kind !== 'tensor') return result;
    if (SEEDS.has(name)) {
      this.seed(result.tensor);
      return result;
    }
    if (CONSTANT_RESULTS.has(name)) return result;
    if (this.anyNonAffine(args)) {
      this.markNonAffine(result.tensor);
      return result;
    }
    if (carried.length === 0) return result;
    const positions = AFFINE_POSITIONS[name];
    const affine = positions !== undefined && carried.every(({ position }) => positions === 'all' || positions.includes(position));
    if (affine) {
      const replay = before ? (replayArgs: CallArgs) => run(withFreshSelf(replayArgs, args, before)) : run;
      const tangent = this.propagate(name, replay, args, carried, result.tensor, inPlace, carried.length === 1 && LINEAR.has(name));
      if (tangent) this.tangents.set(result.tensor, tangent);
      else this.markNonAffine(result.tensor);
    } else {
      this.markNonAffine(result.tensor);   // an in-place op that is not affine leaves no valid tangent either
    }
    return result;
  }

  /**
   * After `t[i] = x` the tangents of t no longer describe it: if t or x depended on log-probabilities, t now
   * depends on them in a way that is not followed.
   */
  forget(tensor: Tensor, written: PyValue): void {
    const dependent = this.tangents.has(tensor) || this.nonAffine.has(tensor) ||
      (written.kind === 'tensor' && (this.tangents.has(written.tensor) || this.nonAffine.has(written.tensor)));
    if (dependent) this.markNonAffine(tensor);
  }

  private markNonAffine(tensor: Tensor): void {
    this.tangents.delete(tensor);
    this.nonAffine.add(tensor);
  }

  private anyNonAffine(args: CallArgs): boolean {
    for (const value of args.positional) if (value.kind === 'tensor' && this.nonAffine.has(value.tensor)) return true;
    for (const value of args.keyword.values()) if (value.kind === 'tensor' && this.nonAffine.has(value.tensor)) return true;
    return false;
  }

  /**
   * −∂value/∂(its log-probabilities), whichever log_softmax they come from, summed over the value's elements.
   * Summed now, though most recorded values are never previewed: a cached evaluation holding on to every
   * value's columns instead would take a third more memory.
   */
  impliedBy(value: Tensor): ImpliedTargets | undefined {
    const tangent = this.tangents.get(value);
    if (!tangent || tangent.seed === value) return undefined;
    return { shape: [...tangent.seed.shape], values: columnSums(tangent.columns) };
  }

  /** −∂loss/∂logProbs, summed over the loss's elements, when the loss carries tangents of that seed. */
  implied(loss: Tensor, logProbs: Tensor): { shape: number[]; values: number[] } | undefined {
    const tangent = this.tangents.get(loss);
    const seed = this.tangents.get(logProbs)?.seed;
    if (!tangent || !seed || tangent.seed !== seed) return undefined;
    return { shape: [...seed.shape], values: columnSums(tangent.columns) };
  }

  /** Makes `tensor` log-probabilities whose implied targets are followed (log_softmax outputs are, by themselves). */
  seed(tensor: Tensor): void {
    if (tensor.numel > MAX_SEED_ELEMENTS || !tensor.dtype.startsWith('float')) return;
    const columns = zeros([tensor.numel, ...tensor.shape], tensor.dtype);
    for (let m = 0; m < tensor.numel; m++) columns.storage.data[m * tensor.numel + m] = 1;
    this.tangents.set(tensor, { seed: tensor, columns });
  }

  private carriedArguments(args: CallArgs): Carried[] {
    const carried: Carried[] = [];
    args.positional.forEach((value, position) => {
      const tangent = value.kind === 'tensor' ? this.tangents.get(value.tensor) : undefined;
      if (tangent) carried.push({ position, tangent });
    });
    for (const [keyword, value] of args.keyword) {
      const tangent = value.kind === 'tensor' ? this.tangents.get(value.tensor) : undefined;
      if (tangent) carried.push({ position: KEYWORD_POSITIONS[keyword] ?? -1, keyword, tangent });
    }
    return carried;
  }

  private propagate(name: string, run: (args: CallArgs) => PyValue, args: CallArgs, carried: readonly Carried[], result: Tensor, inPlace: boolean, linear: boolean): Tangent | undefined {
    const seed = carried[0].tangent.seed;
    if (carried.some(({ tangent }) => tangent.seed !== seed)) return undefined;
    const stopCollecting = collectWarnings(() => undefined);   // the replays must not repeat PyTorch's warnings
    try {
      // f(…, 0, …) is the same for every column: computed once per argument (a linear operation's is 0: skipped).
      const atZero: Tensor[] = [];
      for (const argument of linear ? [] : carried) {
        const withZero = run(substitute(args, argument, tensorValue(zerosLike(argumentAt(args, argument)))));
        if (withZero.kind !== 'tensor') return undefined;
        atZero.push(withZero.tensor);
      }
      const columns = batchedColumns(name, run, args, carried, atZero, result, inPlace, linear) ?? columnByColumn(run, args, carried, atZero, result, inPlace, linear);
      return columns && { seed, columns };
    } catch {
      return undefined;   // a replay the operation rejects (a dtype it does not take): no tangent, no guess
    } finally {
      stopCollecting();
    }
  }
}

/** The result's columns from one replay per carried argument, with all its columns at once; undefined: replay them one by one. */
function batchedColumns(name: string, run: (args: CallArgs) => PyValue, args: CallArgs, carried: readonly Carried[], atZero: readonly Tensor[], result: Tensor, inPlace: boolean, linear: boolean): Tensor | undefined {
  const count = carried[0].tangent.seed.numel;
  // One column: nothing to batch (and squeeze() would take the batch dimension for one).
  if (count < 2 || (inPlace && carried.some(({ position }) => position !== 0))) return undefined;
  let total: Tensor | undefined;
  try {
    for (const [i, argument] of carried.entries()) {
      const given = argument.tangent.columns;
      const replayArgs = batchedArguments(name, args, argument, inPlace ? cloneTensor(given) : given, result.ndim);
      if (!replayArgs) return undefined;
      const replayed = run(replayArgs);
      if (replayed.kind !== 'tensor' || !sameShape(replayed.tensor.shape, [count, ...result.shape])) return undefined;
      const difference = linear ? replayed.tensor : subtract(replayed.tensor, atZero[i]);
      total = total ? add(total, difference) : difference;
    }
  } catch {
    return undefined;
  }
  return total && (total.isContiguous() ? total : cloneTensor(total));
}

/** The result's columns from one replay per column and carried argument, stacked. */
function columnByColumn(run: (args: CallArgs) => PyValue, args: CallArgs, carried: readonly Carried[], atZero: readonly Tensor[], result: Tensor, inPlace: boolean, linear: boolean): Tensor | undefined {
  const count = carried[0].tangent.seed.numel;
  const columns: Tensor[] = [];
  for (let m = 0; m < count; m++) {
    let column: Tensor | undefined;
    for (const [i, argument] of carried.entries()) {
      // An in-place operation writes into its argument: it gets a copy of the column.
      const given = select(argument.tangent.columns, 0, m);
      const withColumn = run(substitute(args, argument, tensorValue(inPlace ? cloneTensor(given) : given)));
      if (withColumn.kind !== 'tensor') return undefined;
      const difference = linear ? withColumn.tensor : subtract(withColumn.tensor, atZero[i]);
      column = column ? add(column, difference) : difference;
    }
    if (!column || column.numel !== result.numel) return undefined;
    columns.push(column);
  }
  return stack(columns, result);
}

/** Columns of the result's shape, one after another in a new contiguous tensor. */
function stack(columns: readonly Tensor[], result: Tensor): Tensor {
  const size = result.numel;
  const values = new Float64Array(columns.length * size);
  columns.forEach((column, m) => values.set(readValues(column), m * size));
  return tensorFromValues(columns[0].dtype, [columns.length, ...result.shape], values, unknownReasonOf(...columns));
}

/** −(the sum of each column): the implied target of every seed element. */
function columnSums(columns: Tensor): number[] {
  return sumAllOfEach(columns).map(sum => -sum);
}

/** The arguments of a replay of an in-place operation, with a fresh copy of self as it was before the operation. */
function withFreshSelf(replayArgs: CallArgs, args: CallArgs, before: Tensor): CallArgs {
  if (replayArgs.positional[0] !== args.positional[0]) return replayArgs;   // the replay substitutes self itself
  return substitute(replayArgs, { position: 0 }, tensorValue(cloneTensor(before)));
}

function tensorOf(value: PyValue | undefined): Tensor | undefined {
  return value?.kind === 'tensor' ? value.tensor : undefined;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((size, i) => size === b[i]);
}

function argumentAt(args: CallArgs, argument: ArgumentAt): Tensor {
  const value = argument.keyword ? args.keyword.get(argument.keyword)! : args.positional[argument.position];
  return (value as { tensor: Tensor }).tensor;
}

// The replays' bookkeeping is plain arithmetic on tensors made here: no Python call semantics needed.
function zerosLike(tensor: Tensor): Tensor {
  return zeros(tensor.shape, tensor.dtype);
}

function subtract(a: Tensor, b: Tensor): Tensor {
  return binaryOp('sub', a, b);
}

function add(a: Tensor, b: Tensor): Tensor {
  return binaryOp('add', a, b);
}
