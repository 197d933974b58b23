// Attributes of Python's numbers (int, bool, float), as Python 3.11 has them. Smoothing code asks a few
// (`eps.is_integer()`, `num_classes.bit_length()`, `.real`): those run. The others exist, so they stand for an
// unknown value; raising AttributeError for them would make a preview claim that correct code raises, and stop
// the evaluation of everything after.
import { PyValue, bool, float, int, native, noArguments, unknown } from './values';

/** Every public attribute of Python 3.11's int (bool has the same). */
const INT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'as_integer_ratio', 'bit_count', 'bit_length', 'conjugate', 'denominator', 'from_bytes', 'imag', 'numerator', 'real', 'to_bytes',
]);
/** Every public attribute of Python 3.11's float. */
const FLOAT_ATTRIBUTES: ReadonlySet<string> = new Set(['as_integer_ratio', 'conjugate', 'fromhex', 'hex', 'imag', 'is_integer', 'real']);

/** `value.name` for an int, a bool or a float; undefined when the type has no such attribute (an AttributeError). */
export function numberAttribute(value: PyValue & { kind: 'int' | 'bool' | 'float' }, name: string): PyValue | undefined {
  const method = (call: () => PyValue): PyValue =>
    native(`${value.kind}.${name}`, args => (noArguments(args) ? call() : unknown(`this call of \`${value.kind}.${name}\` is not modelled`)));
  if (value.kind === 'float') {
    const x = value.value;
    switch (name) {
      case 'is_integer': return method(() => bool(Number.isInteger(x)));
      case 'real': return float(x);
      case 'imag': return float(0);
      case 'conjugate': return method(() => float(x));
      default: return FLOAT_ATTRIBUTES.has(name) ? unknown(`\`float.${name}\` is not modelled`) : undefined;
    }
  }
  // A bool is an int: True.real is 1, and its other answers are an int's.
  const n = value.kind === 'bool' ? (value.value ? 1 : 0) : value.value;
  switch (name) {
    case 'bit_length': return Number.isSafeInteger(n) ? method(() => int(n === 0 ? 0 : BigInt(Math.abs(n)).toString(2).length)) : unknown('`int.bit_length` of this int is not modelled');
    case 'real': case 'numerator': return int(n);
    case 'imag': return int(0);
    case 'denominator': return int(1);
    case 'conjugate': return method(() => int(n));
    default: return INT_ATTRIBUTES.has(name) ? unknown(`\`int.${name}\` is not modelled`) : undefined;
  }
}
