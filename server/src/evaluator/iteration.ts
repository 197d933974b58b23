// What a `for` loop or unpacking walks over: sequences, ranges, dict keys, a torch.Size, a tensor's rows.
// Values are produced eagerly but each one costs a budget step, so `range(10**12)` stops cleanly.
import type { Interpreter } from './interpreter';
import { RangeObject } from './builtins';
import { typeName } from './expressions';
import { tensorRows } from '../tensor';
import { PyValue, PythonError, Unsupported, int, str } from './values';

export function* iterateLazily(it: Interpreter, value: PyValue): Generator<PyValue> {
  switch (value.kind) {
    case 'unknown': throw new Unsupported(value.reason);
    case 'list': case 'tuple': yield* value.items; return;
    case 'size': for (const dim of value.dims) yield int(dim); return;
    case 'str': for (const char of value.value) yield str(char); return;
    case 'dict': for (const key of value.entries.keys()) yield str(key); return;
    case 'tensor': yield* tensorRows(value.tensor); return;
    case 'object':
      if (value.object instanceof RangeObject) {
        const { start, stop, step } = value.object;
        for (let i = start; step > 0 ? i < stop : i > stop; i += step) {
          it.budget.step();
          yield int(i);
        }
        return;
      }
      break;
    default: break;
  }
  throw new PythonError('TypeError', `'${typeName(value)}' object is not iterable`);
}

export function iterate(it: Interpreter, value: PyValue): PyValue[] {
  const items: PyValue[] = [];
  for (const item of iterateLazily(it, value)) {
    it.budget.step();
    items.push(item);
  }
  return items;
}
