// The methods of lists, dicts and tuples, and sorted(). Those smoothing and training code calls run. Python's
// others exist, so calling one stops the evaluation with "not previewed" (Unsupported): never an AttributeError
// the code would not raise, and never an unknown result that carries on, since most of them change their
// container (assignment.ts then makes the container unknown too).
import type { Interpreter } from './interpreter';
import { iterate } from './iteration';
import { scalarCompare, scalarEquals } from './pythonScalars';
import { reprValue } from '../tensor';
import { CallArgs, NONE, PyValue, PythonError, Unsupported, int, native } from './values';

const LIST_METHODS: ReadonlySet<string> = new Set(['append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort']);
const DICT_METHODS: ReadonlySet<string> = new Set(['clear', 'copy', 'fromkeys', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values']);
const TUPLE_METHODS: ReadonlySet<string> = new Set(['count', 'index']);

export function listMethod(it: Interpreter, list: PyValue & { kind: 'list' }, name: string): PyValue | undefined {
  const { items } = list;
  switch (name) {
    case 'append': return native('append', args => { items.push(args.positional[0] ?? NONE); return NONE; });
    case 'extend': return native('extend', args => { items.push(...iterate(it, args.positional[0] ?? NONE)); return NONE; });
    case 'pop': return native('pop', args => {
      const index = args.positional[0]?.kind === 'int' ? args.positional[0].value : -1;
      const at = index < 0 ? items.length + index : index;
      if (at < 0 || at >= items.length) throw new PythonError('IndexError', 'pop index out of range');
      return items.splice(at, 1)[0];
    });
    case 'insert': return native('insert', args => {
      const [index, item] = args.positional;
      if (index?.kind !== 'int' || !item) throw new Unsupported('this call of `list.insert` is not modelled');
      // Python clamps the position into the list, counting a negative one from its end.
      const at = Math.min(Math.max(index.value < 0 ? items.length + index.value : index.value, 0), items.length);
      items.splice(at, 0, item);
      return NONE;
    });
    case 'copy': return native('copy', () => ({ kind: 'list', items: [...items] }));
    case 'sort': return native('sort', args => {
      const sorted = sortedItems(items, args, 'list.sort');
      items.splice(0, items.length, ...sorted);
      return NONE;
    });
    case 'count': return native('count', args => int(items.filter(item => equals(item, args, 'list.count')).length));
    case 'index': return native('index', args => {
      const at = items.findIndex(item => equals(item, args, 'list.index'));
      if (at < 0) throw new PythonError('ValueError', `${reprValue(args.positional[0])} is not in list`);
      return int(at);
    });
    case 'remove': return native('remove', args => {
      const at = items.findIndex(item => equals(item, args, 'list.remove'));
      if (at < 0) throw new PythonError('ValueError', 'list.remove(x): x not in list');
      items.splice(at, 1);
      return NONE;
    });
    case 'reverse': return native('reverse', () => { items.reverse(); return NONE; });
    case 'clear': return native('clear', () => { items.length = 0; return NONE; });
    default: return notModelled('list', LIST_METHODS, name);
  }
}

export function dictMethod(dict: PyValue & { kind: 'dict' }, name: string): PyValue | undefined {
  const { entries } = dict;
  switch (name) {
    case 'get': return native('get', args => {
      const key = args.positional[0];
      return (key?.kind === 'str' ? entries.get(key.value) : undefined) ?? args.positional[1] ?? NONE;
    });
    case 'keys': return native('keys', () => ({ kind: 'list', items: [...entries.keys()].map(value => ({ kind: 'str', value })) }));
    case 'values': return native('values', () => ({ kind: 'list', items: [...entries.values()] }));
    case 'items': return native('items', () => ({
      kind: 'list', items: [...entries].map(([key, value]) => ({ kind: 'tuple', items: [{ kind: 'str', value: key }, value] })),
    }));
    case 'copy': return native('copy', () => ({ kind: 'dict', entries: new Map(entries) }));
    case 'clear': return native('clear', () => { entries.clear(); return NONE; });
    case 'update': return native('update', args => {
      const [other] = args.positional;
      if (args.positional.length > 1 || (other && other.kind !== 'dict')) throw new Unsupported('this call of `dict.update` is not modelled');
      if (other) for (const [key, value] of other.entries) entries.set(key, value);
      for (const [key, value] of args.keyword) entries.set(key, value);
      return NONE;
    });
    case 'setdefault': return native('setdefault', args => {
      const key = strKey(args, 'setdefault');
      if (!entries.has(key)) entries.set(key, args.positional[1] ?? NONE);
      return entries.get(key)!;
    });
    case 'pop': return native('pop', args => {
      const key = strKey(args, 'pop');
      const value = entries.get(key) ?? args.positional[1];
      if (value === undefined) throw new PythonError('KeyError', `'${key}'`);
      entries.delete(key);
      return value;
    });
    default: return notModelled('dict', DICT_METHODS, name);
  }
}

export function tupleMethod(name: string): PyValue | undefined {
  return notModelled('tuple', TUPLE_METHODS, name);
}

/**
 * `sorted(items)` and `list.sort()`: numbers, or strs, by Python's order, stable (equal items keep their order,
 * also with reverse=True). A `key`, or items Python would not order (tensors, mixed types), are not modelled.
 */
export function sortedItems(items: readonly PyValue[], args: CallArgs, what: string): PyValue[] {
  const key = args.keyword.get('key');
  const reverse = args.keyword.get('reverse');
  if ((key && key.kind !== 'none') || [...args.keyword.keys()].some(name => name !== 'key' && name !== 'reverse')) {
    throw new Unsupported(`this call of \`${what}\` is not modelled`);
  }
  if (reverse && reverse.kind !== 'bool' && reverse.kind !== 'int') throw new Unsupported(`this call of \`${what}\` is not modelled`);
  const descending = reverse !== undefined && reverse.value !== false && reverse.value !== 0;
  const order = (a: PyValue, b: PyValue): number => {
    const less = scalarCompare('<', a, b);
    const greater = scalarCompare('>', a, b);
    if (less === undefined || greater === undefined) throw new Unsupported(`\`${what}\` of these values is not modelled`);
    return less ? -1 : greater ? 1 : 0;
  };
  return [...items].sort((a, b) => (descending ? order(b, a) : order(a, b)));
}

/** Whether a list item equals the call's one argument (equality Python would give a bool for). */
function equals(item: PyValue, args: CallArgs, what: string): boolean {
  const [given] = args.positional;
  if (!given || args.positional.length !== 1) throw new Unsupported(`this call of \`${what}\` is not modelled`);
  const equal = scalarEquals(item, given);
  if (equal === undefined) throw new Unsupported(`\`${what}\` of these values is not modelled`);
  return equal;
}

/** The str key a dict method is given first (dicts here are keyed by str: see values.ts). */
function strKey(args: CallArgs, method: string): string {
  const key = args.positional[0];
  if (key?.kind !== 'str' || key.device || args.keyword.size > 0) throw new Unsupported(`this call of \`dict.${method}\` is not modelled`);
  return key.value;
}

/** A method Python's type has and the evaluator does not model; undefined when the type has no such method. */
function notModelled(type: string, methods: ReadonlySet<string>, name: string): PyValue | undefined {
  if (!methods.has(name)) return undefined;
  return native(name, () => { throw new Unsupported(`\`${type}.${name}\` is not modelled`); });
}
