// The arguments that replay an operation once for all tangent columns at a time (see tangents.ts). The columns of
// a tangent are stacked along a new leading dimension of size M; an elementwise operation broadcasts over it, and
// an operation over dims (sum, mean, squeeze, unsqueeze, gather) takes its dims one further along. A negative dim
// counts from the end, which the leading dimension does not change. One replay instead of M is what matters: the
// replays made a third of all the allocation of an edit's analysis (a 12-element log_softmax, 12 replays per
// operation on it). Operations not listed here replay column by column.
import { type Tensor } from '../tensor';
import { expand, unsqueeze, view } from '../tensor/views';
import { CallArgs, PyValue, int, tensorValue } from './values';

/** Operations that broadcast their tensor arguments elementwise: a leading batch dimension passes through. */
const ELEMENTWISE = new Set([
  'add', 'sub', 'subtract', 'mul', 'multiply', 'div', 'divide', 'true_divide', 'neg', 'negative', 'pos',
  'add_', 'sub_', 'mul_', 'div_', 'neg_', 'masked_fill', 'masked_fill_', 'where', 'lerp',
  'float', 'double', 'to', 'type', 'type_as', 'contiguous', 'clone',
]);
/** Reductions whose optional `dim` (an int or ints; none: all) is their second argument. */
const REDUCTIONS = new Set(['sum', 'mean']);
/** Operations whose `dim` is their second argument: optional for squeeze, required for the others. */
const DIM_OPERATIONS = new Set(['squeeze', 'unsqueeze', 'gather']);

/** Where an argument is: its position (0 = self or the first argument), or its keyword. */
export interface ArgumentAt {
  readonly position: number;
  readonly keyword?: string;
}

/**
 * The arguments of one replay of `name` with `batch` ([M, …the argument's shape]) in the place of `argument`, or
 * undefined when `name` cannot take a batch that way. `resultRank`: the rank of the operation's real result.
 */
export function batchedArguments(name: string, args: CallArgs, argument: ArgumentAt, batch: Tensor, resultRank: number): CallArgs | undefined {
  const rank = batch.ndim - 1;
  if (ELEMENTWISE.has(name)) {
    // The batch dimension must lead the broadcast: an argument of lower rank than the result gets unit dims.
    if (rank > resultRank) return undefined;
    const shape = [batch.shape[0], ...new Array<number>(resultRank - rank).fill(1), ...batch.shape.slice(1)];
    return substitute(args, argument, tensorValue(rank === resultRank ? batch : view(batch, shape)));
  }
  if (argument.position !== 0 || (!REDUCTIONS.has(name) && !DIM_OPERATIONS.has(name))) return undefined;
  const withBatch = substitute(args, argument, tensorValue(batch));
  const dimAt: ArgumentAt = args.keyword.has('dim') ? { position: -1, keyword: 'dim' } : { position: 1 };
  const dim = dimAt.keyword ? args.keyword.get('dim') : args.positional[1];
  if (REDUCTIONS.has(name)) {
    // No dims means all of them: all but the batch's.
    const dims = dim === undefined || dim.kind === 'none' || isEmptySequence(dim)
      ? (rank === 0 ? undefined : { kind: 'tuple', items: Array.from({ length: rank }, (_, d) => int(d + 1)) } as PyValue)
      : shiftedDims(dim);
    return dims && substitute(withBatch, dim === undefined ? { position: -1, keyword: 'dim' } : dimAt, dims);
  }
  if (dim === undefined || dim.kind === 'none') return name === 'squeeze' ? withBatch : undefined;
  const shifted = shiftedDims(dim);
  if (!shifted || shifted.kind !== 'int') return undefined;
  const shiftedArgs = substitute(withBatch, dimAt, shifted);
  if (name !== 'gather') return shiftedArgs;
  // gather's index must have the input's rank: the same index for every column.
  const indexAt: ArgumentAt = args.keyword.has('index') ? { position: -1, keyword: 'index' } : { position: 2 };
  const index = indexAt.keyword ? args.keyword.get('index') : args.positional[2];
  if (index?.kind !== 'tensor') return undefined;
  const expanded = expand(unsqueeze(index.tensor, 0), [batch.shape[0], ...index.tensor.shape]);
  return substitute(shiftedArgs, indexAt, tensorValue(expanded));
}

/** `args` with `value` in the place of `argument`. */
export function substitute(args: CallArgs, argument: ArgumentAt, value: PyValue): CallArgs {
  if (argument.keyword) return { positional: args.positional, keyword: new Map(args.keyword).set(argument.keyword, value) };
  const positional = [...args.positional];
  positional[argument.position] = value;
  return { positional, keyword: args.keyword };
}

/** Dims of a column as dims of the batch: non-negative ones move one along; undefined for anything but ints. */
function shiftedDims(dim: PyValue): PyValue | undefined {
  const shift = (value: PyValue): PyValue | undefined => {
    if (value.kind !== 'int') return undefined;
    return value.value >= 0 ? int(value.value + 1) : value;
  };
  if (dim.kind === 'int') return shift(dim);
  if (dim.kind !== 'tuple' && dim.kind !== 'list') return undefined;
  const items: PyValue[] = [];
  for (const item of dim.items) {
    const shifted = shift(item);
    if (!shifted) return undefined;
    items.push(shifted);
  }
  return { kind: dim.kind, items } as PyValue;
}

function isEmptySequence(value: PyValue): boolean {
  return (value.kind === 'tuple' || value.kind === 'list') && value.items.length === 0;
}
