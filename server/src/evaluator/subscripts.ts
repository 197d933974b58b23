// `value[index]` and `value[index] = x` for Python sequences and dicts; tensors go to the tensor library.
import type { Node } from 'web-tree-sitter';
import { numberOf } from './pythonScalars';
import { getItem, setItem } from '../tensor';
import { typeName } from './expressions';
import { PyValue, PythonError, Unsupported, int, str } from './values';

export function getSubscript(value: PyValue, index: PyValue): PyValue {
  if (value.kind === 'unknown') return value;
  if (index.kind === 'unknown') return index;
  switch (value.kind) {
    case 'tensor': return getItem(value.tensor, index);
    case 'list': case 'tuple': {
      if (index.kind === 'slice') {
        const items = sliceItems(value.items, index);
        return value.kind === 'list' ? { kind: 'list', items } : { kind: 'tuple', items };
      }
      return value.items[position(index, value.items.length, value.kind)];
    }
    case 'size': {
      if (index.kind === 'slice') return { kind: 'size', dims: sliceItems(value.dims, index) };
      return int(value.dims[position(index, value.dims.length, 'tuple')]);
    }
    case 'str': {
      if (index.kind === 'slice') return str(sliceItems([...value.value], index).join(''));
      return str(value.value[position(index, value.value.length, 'string')]);
    }
    case 'dict': {
      if (index.kind !== 'str') throw new Unsupported('dictionary keys other than strings are not modelled');
      const found = value.entries.get(index.value);
      if (!found) throw new PythonError('KeyError', `'${index.value}'`);
      return found;
    }
    default:
      throw new PythonError('TypeError', `'${typeName(value)}' object is not subscriptable`);
  }
}

export function setSubscript(target: PyValue, index: PyValue, value: PyValue): void {
  if (target.kind === 'unknown') return;
  if (index.kind === 'unknown') throw new Unsupported(index.reason);
  switch (target.kind) {
    case 'tensor': setItem(target.tensor, index, value); return;
    case 'list':
      if (index.kind === 'slice') throw new Unsupported('assigning to a list slice is not modelled');
      target.items[position(index, target.items.length, 'list')] = value;
      return;
    case 'dict':
      if (index.kind !== 'str') throw new Unsupported('dictionary keys other than strings are not modelled');
      target.entries.set(index.value, value);
      return;
    default:
      throw new PythonError('TypeError', `'${typeName(target)}' object does not support item assignment`);
  }
}

function position(index: PyValue, length: number, what: string): number {
  const i = numberOf(index);
  if (i === undefined || !Number.isInteger(i) || index.kind === 'float') {
    throw new PythonError('TypeError', `${what} indices must be integers or slices, not ${typeName(index)}`);
  }
  const at = i < 0 ? length + i : i;
  if (at < 0 || at >= length) throw new PythonError('IndexError', `${what} index out of range`);
  return at;
}

/** Python slice semantics: clamped bounds, negative indices from the end, any non-zero step. */
export function sliceItems<T>(items: readonly T[], slice: PyValue & { kind: 'slice' }): T[] {
  const n = items.length;
  const step = slice.step ?? 1;
  if (step === 0) throw new PythonError('ValueError', 'slice step cannot be zero');
  const clamp = (value: number | null, fallback: number, low: number, high: number) => {
    if (value === null) return fallback;
    const v = value < 0 ? value + n : value;
    return Math.min(Math.max(v, low), high);
  };
  const out: T[] = [];
  if (step > 0) {
    for (let i = clamp(slice.start, 0, 0, n); i < clamp(slice.stop, n, 0, n); i += step) out.push(items[i]);
  } else {
    for (let i = clamp(slice.start, n - 1, -1, n - 1); i > clamp(slice.stop, -1, -1, n - 1); i += step) out.push(items[i]);
  }
  return out;
}

/** `a:b:c` → a slice value; each part must be an int or None. */
export function sliceValue(node: Node, evaluate: (part: Node) => PyValue): PyValue {
  const bounds: (number | null)[] = [null, null, null];
  let slot = 0;
  for (const child of node.children) {
    if (!child) continue;
    if (child.type === ':') { slot++; continue; }
    if (!child.isNamed || child.type === 'comment') continue;
    const value = evaluate(child);
    if (value.kind === 'unknown') return value;
    if (value.kind === 'none') continue;
    const number = numberOf(value);
    if (number === undefined || !Number.isInteger(number)) {
      if (value.kind === 'tensor') throw new Unsupported('slices bounded by tensors are not modelled');
      throw new PythonError('TypeError', 'slice indices must be integers or None or have an __index__ method');
    }
    bounds[slot] = number;
  }
  return { kind: 'slice', start: bounds[0], stop: bounds[1], step: bounds[2] };
}
