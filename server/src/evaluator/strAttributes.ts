// Attributes of a str, and of a torch.device (a str marked as one: values.ts). Smoothing code calls a few str
// methods on names and options (`kind.lower() == 'uniform'`, `name.startswith('cuda')`): those run. Python's
// other str methods exist, so they stand for an unknown value; raising AttributeError for them would make a
// preview claim that correct code raises, and stop the evaluation of everything after.
import { CallArgs, NONE, PyValue, bool, int, native, noArguments, str, unknown } from './values';

/** Every public method of Python 3's str (dir(str)). */
const STR_METHODS: ReadonlySet<string> = new Set([
  'capitalize', 'casefold', 'center', 'count', 'encode', 'endswith', 'expandtabs', 'find', 'format', 'format_map',
  'index', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
  'isprintable', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition',
  'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split',
  'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill',
]);

/** `value.name` for a str or a device; undefined when the type has no such attribute (an AttributeError). */
export function strAttribute(value: PyValue & { kind: 'str' }, name: string): PyValue | undefined {
  if (value.device) return deviceAttribute(value.value, name);
  const text = value.value;
  const method = (call: (args: CallArgs) => PyValue | undefined): PyValue =>
    native(`str.${name}`, args => call(args) ?? unknown(`this call of \`str.${name}\` is not modelled`));
  const ascii = /^[\x00-\x7f]*$/.test(text);   // JavaScript's case mapping is Python's for ASCII
  switch (name) {
    case 'lower': return ascii ? method(args => (noArguments(args) ? str(text.toLowerCase()) : undefined)) : unknown('`str.lower` of non-ASCII text is not modelled');
    case 'upper': return ascii ? method(args => (noArguments(args) ? str(text.toUpperCase()) : undefined)) : unknown('`str.upper` of non-ASCII text is not modelled');
    case 'startswith': return method(args => affix(args, candidate => text.startsWith(candidate)));
    case 'endswith': return method(args => affix(args, candidate => text.endsWith(candidate)));
    default: return STR_METHODS.has(name) ? unknown(`\`str.${name}\` is not modelled`) : undefined;
  }
}

/** torch.device's `type` ('cuda') and `index` (1, or None when the name gives none). */
function deviceAttribute(name: string, attribute: string): PyValue | undefined {
  const [type, index] = name.split(':');
  if (attribute === 'type') return str(type);
  if (attribute === 'index') return index === undefined ? NONE : int(Number(index));
  return undefined;
}


/** startswith/endswith with one str or a tuple of them (no start or end positions). */
function affix(args: CallArgs, matches: (candidate: string) => boolean): PyValue | undefined {
  const [given] = args.positional;
  if (args.positional.length !== 1 || args.keyword.size > 0 || !given) return undefined;
  const candidates = given.kind === 'tuple' ? given.items : [given];
  if (!candidates.every(candidate => candidate.kind === 'str' && !candidate.device)) return undefined;
  return bool(candidates.some(candidate => matches((candidate as { value: string }).value)));
}
