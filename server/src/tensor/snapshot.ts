// Copies of values as they are at one moment, for previews: later in-place changes (fill_, t[i] = …) must not
// alter what a hover shows for an earlier line. Tensors are copied with their autograd flags; named tuples
// and module reprs keep their identity-based annotations.
import type { PyValue } from '../evaluator/values';
import { makeNamedTuple, namedTupleInfo } from './namedTuple';
import { nativeRepr, setNativeRepr } from './nativeRepr';
import { cloneTensor, type Tensor } from './tensor';

export function snapshotTensor(t: Tensor): Tensor {
  const copy = cloneTensor(t);
  copy.requiresGrad = t.requiresGrad;
  copy.gradFn = t.gradFn;
  return copy;
}

/** A deep copy of the tensors inside `value` (lists, tuples, dicts); other values are immutable or opaque. */
export function snapshotValue(value: PyValue): PyValue {
  switch (value.kind) {
    case 'tensor': return { kind: 'tensor', tensor: snapshotTensor(value.tensor) };
    case 'list': return { kind: 'list', items: value.items.map(snapshotValue) };
    case 'tuple': {
      const info = namedTupleInfo(value);
      if (info !== undefined) return makeNamedTuple(info.typeName, info.fields.map((field, i) => [field, snapshotValue(value.items[i])] as const));
      return { kind: 'tuple', items: value.items.map(snapshotValue) };
    }
    case 'dict': return { kind: 'dict', entries: new Map([...value.entries].map(([key, item]) => [key, snapshotValue(item)])) };
    case 'native': {
      const repr = nativeRepr(value);
      return repr === undefined ? value : setNativeRepr({ ...value }, repr);
    }
    default: return value;
  }
}
