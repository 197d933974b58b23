// How native values (nn loss modules, torch functions) print: `CrossEntropyLoss()` rather than an address.
import type { PyValue } from '../evaluator/values';

const reprs = new WeakMap<object, string>();

/** Remembers what repr() shows for a native value (an nn module instance). */
export function setNativeRepr(value: PyValue, repr: string): PyValue {
  reprs.set(value, repr);
  return value;
}

export function nativeRepr(value: PyValue): string | undefined {
  return reprs.get(value);
}
