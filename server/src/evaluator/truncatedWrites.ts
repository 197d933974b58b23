// Writes that PyTorch silently truncates: a fractional float stored into an integer tensor, in place. F.one_hot
// returns int64, so `q = F.one_hot(y, K); q[q == 0] = eps / (K - 1)` or `q.fill_(eps / K)` leaves zeros where
// the smoothing mass should be, without an error (an in-place arithmetic op, `q.mul_(0.9)`, raises instead).
import type { Node } from 'web-tree-sitter';
import { isFloating, isInteger } from '../tensor/dtype';
import { readValues, unknownReason } from '../tensor/tensor';
import type { CallArgs, PyValue } from './values';

export interface TruncatedWrite {
  readonly source: number;
  /** The statement that writes. */
  readonly statement: Node;
  /** `fill_`, `masked_fill_`, …, or `[]=` for an assignment to a subscript. */
  readonly write: string;
  readonly dtype: string;
  /** A fractional value that was written (the first, for a tensor of them). */
  readonly value: number;
}

/** Where each in-place writer takes the value it writes. */
const VALUE_ARGUMENT: Readonly<Record<string, { position: number; keywords: readonly string[] }>> = {
  fill_: { position: 0, keywords: ['value'] },
  masked_fill_: { position: 1, keywords: ['value'] },
  index_fill_: { position: 2, keywords: ['value'] },
  scatter_: { position: 2, keywords: ['value', 'src'] },
};

/** The fractional value a tensor method call writes into `self`, when `self` holds integers. */
export function truncatedByMethod(self: PyValue, name: string, args: CallArgs): number | undefined {
  const where = VALUE_ARGUMENT[name];
  if (!where || !integerTensor(self)) return undefined;
  const value = where.keywords.map(keyword => args.keyword.get(keyword)).find(v => v !== undefined) ?? args.positional[where.position];
  return value && fractional(value);
}

/** The fractional value `container[index] = value` writes, when `container` holds integers. */
export function truncatedByAssignment(container: PyValue, value: PyValue): number | undefined {
  return integerTensor(container) ? fractional(value) : undefined;
}

function integerTensor(value: PyValue): boolean {
  return value.kind === 'tensor' && isInteger(value.tensor.dtype);
}

function fractional(value: PyValue): number | undefined {
  if (value.kind === 'float') return Number.isInteger(value.value) || !Number.isFinite(value.value) ? undefined : value.value;
  if (value.kind === 'tensor' && isFloating(value.tensor.dtype) && !unknownReason(value.tensor)) {
    return readValues(value.tensor).find(v => Number.isFinite(v) && !Number.isInteger(v));
  }
  return undefined;
}
