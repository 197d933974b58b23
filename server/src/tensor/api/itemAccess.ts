// `t[index]` and `t[index] = value` for the interpreter: unknown indices or values propagate instead of failing.
import { type PyValue, tensorValue } from '../../evaluator/values';
import { assignIndexed, indexTensor } from '../indexing';
import { elementOffsets, type Tensor } from '../tensor';
import { checkInPlaceAllowed, markInPlace, markResult, recordsHistory } from '../autograd';

function unknownIn(value: PyValue): PyValue | undefined {
  if (value.kind === 'unknown') return value;
  if (value.kind === 'tuple' || value.kind === 'list') {
    for (const item of value.items) {
      const found = unknownIn(item);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** `t[index]`: a tensor (a view for basic indexing), or the unknown index itself. */
export function getItem(t: Tensor, index: PyValue): PyValue {
  const unknown = unknownIn(index);
  if (unknown !== undefined) return unknown;
  const result = tensorValue(indexTensor(t, index));
  if (recordsHistory([t])) markResult(result, [t], indexingGradFn(index));
  return result;
}

/** Index items in the order they apply. */
function itemsOf(index: PyValue): PyValue[] {
  if (index.kind === 'tuple') return [...index.items];
  return [index];
}

function isAdvanced(item: PyValue): boolean {
  return item.kind === 'list' || (item.kind === 'tensor' && !(item.tensor.ndim === 0 && item.tensor.dtype === 'int64'));
}

/** The node of t[index]: IndexBackward0 with advanced indices, else that of the last view step. */
function indexingGradFn(index: PyValue): string | undefined {
  const items = itemsOf(index);
  if (items.some(item => item.kind === 'bool')) return undefined;
  if (items.some(isAdvanced)) return 'IndexBackward0';
  for (let i = items.length - 1; i >= 0; i--) {
    const kind = items[i].kind;
    if (kind === 'int' || kind === 'tensor') return 'SelectBackward0';
    if (kind === 'slice') return 'SliceBackward0';
    if (kind === 'none') return 'UnsqueezeBackward0';
  }
  return 'AliasBackward0';
}

/**
 * `t[index] = value`, writing through to t's storage. With an unknown index every element of t may have
 * changed, so all become unknown; an unknown value makes the written elements unknown.
 */
export function setItem(t: Tensor, index: PyValue, value: PyValue): void {
  const unknownIndex = unknownIn(index);
  if (unknownIndex !== undefined && unknownIndex.kind === 'unknown') {
    for (const offset of elementOffsets(t)) t.storage.markUnknown(offset, unknownIndex.reason);
    return;
  }
  if (value.kind === 'unknown') {
    const written = indexTensor(t, index);
    // Basic indexing gives a view: mark exactly its elements; advanced indexing a copy: mark all of t.
    const target = written.storage === t.storage ? written : t;
    for (const offset of elementOffsets(target)) t.storage.markUnknown(offset, value.reason);
    return;
  }
  const history = recordsHistory(value.kind === 'tensor' ? [t, value.tensor] : [t]);
  const advanced = itemsOf(index).some(isAdvanced);
  if (history) checkInPlaceAllowed(t, !advanced);
  assignIndexed(t, index, value);
  if (history) markInPlace(t, advanced ? 'IndexPutBackward0' : 'CopySlices');
}
