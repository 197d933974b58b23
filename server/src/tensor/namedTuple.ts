// PyTorch's structseq results such as torch.return_types.max(values=…, indices=…). They are plain 'tuple'
// values to the interpreter (they unpack and index like tuples); this registry remembers their type name and
// field names so that they print as PyTorch prints them and `.values` / `.indices` resolve.
import type { PyValue } from '../evaluator/values';

interface NamedTupleInfo {
  readonly typeName: string;
  readonly fields: readonly string[];
}

const namedTuples = new WeakMap<object, NamedTupleInfo>();

/** A tuple that prints as `typeName(\nfield=…,\nfield=…)`. */
export function makeNamedTuple(typeName: string, fields: readonly (readonly [string, PyValue])[]): PyValue {
  const value: PyValue = { kind: 'tuple', items: fields.map(([, item]) => item) };
  namedTuples.set(value, { typeName, fields: fields.map(([name]) => name) });
  return value;
}

export function namedTupleInfo(value: PyValue): NamedTupleInfo | undefined {
  return namedTuples.get(value);
}

/** `result.values` on a named tuple, or undefined when `value` is not one or has no such field. */
export function namedTupleField(value: PyValue, field: string): PyValue | undefined {
  const info = namedTuples.get(value);
  if (info === undefined || value.kind !== 'tuple') return undefined;
  const index = info.fields.indexOf(field);
  return index < 0 ? undefined : value.items[index];
}
