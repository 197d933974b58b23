// f-string format specs (`{loss:.4f}`, `{eps:>6}`), as Python's format() applies them. str() and repr()
// themselves are the tensor library's formatValue and reprValue.
import { PyValue, Unsupported } from './values';
import { MAX_SEQUENCE_LENGTH } from './pythonScalars';
import { formatValue as pyStr, pythonFloatRepr as formatFloat, tensorItem } from '../tensor';

/** format(value, spec) for the common specs: [[fill]align][sign][width][,][.precision][type]. */
export function formatWithSpec(value: PyValue, spec: string): string {
  if (spec === '') return pyStr(value);
  // A one-element tensor formats as its Python number (Tensor.__format__).
  if (value.kind === 'tensor' && value.tensor.numel === 1) return formatWithSpec(tensorItem(value.tensor), spec);
  const match = /^(?:(.)?([<>^=]))?([+\- ])?(0)?(\d+)?(,)?(?:\.(\d+))?([bdeEfFgGn%xXs])?$/.exec(spec);
  if (!match) throw new Unsupported(`the format spec '${spec}' is not modelled`);
  const [, fill = ' ', align, sign = '-', zero, widthText, comma, precisionText, type] = match;
  const precision = precisionText === undefined ? undefined : Number(precisionText);
  // `{x:999999999999}` would pad to a terabyte and `{x:.1000f}` is past what toFixed takes: no preview needs them.
  if (Number(widthText ?? 0) > MAX_SEQUENCE_LENGTH || (precision ?? 0) > 100) throw new Unsupported(`the format spec '${spec}' asks for more digits or padding than is modelled`);
  let body: string;
  const number = value.kind === 'int' || value.kind === 'float' || value.kind === 'bool'
    ? (value.kind === 'bool' ? (value.value ? 1 : 0) : value.value) : undefined;
  if (type === 's' || (type === undefined && number === undefined)) {
    body = pyStr(value);
    if (precision !== undefined) body = body.slice(0, precision);
  } else {
    if (number === undefined) throw new Unsupported(`formatting a ${value.kind} with '${spec}' is not modelled`);
    body = formatNumber(number, type, precision, value.kind === 'int' || value.kind === 'bool');
    if (comma) body = body.replace(/^(-?)(\d+)/, (_, s: string, d: string) => s + d.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
    if (sign === '+' && number >= 0) body = '+' + body;
    if (sign === ' ' && number >= 0) body = ' ' + body;
  }
  const width = widthText === undefined ? 0 : Number(widthText);
  if (body.length >= width) return body;
  const padding = width - body.length;
  const effectiveAlign = align ?? (zero ? '=' : number === undefined ? '<' : '>');
  const padChar = zero && !align ? '0' : fill;
  switch (effectiveAlign) {
    case '<': return body + padChar.repeat(padding);
    case '^': return padChar.repeat(Math.floor(padding / 2)) + body + padChar.repeat(Math.ceil(padding / 2));
    case '=': {
      const signed = /^[+\- ]/.test(body) ? body[0] : '';
      return signed + padChar.repeat(padding) + body.slice(signed.length);
    }
    default: return padChar.repeat(padding) + body;
  }
}

function formatNumber(x: number, type: string | undefined, precision: number | undefined, integral: boolean): string {
  switch (type) {
    case 'd': case 'n':
      if (!integral) throw new Unsupported("format code 'd' for a float");
      return String(x);
    case 'f': case 'F': return fixed(x, precision ?? 6);
    case 'e': case 'E': {
      const text = exponential(x, precision ?? 6);
      return type === 'E' ? text.toUpperCase() : text;
    }
    case '%': return fixed(x * 100, precision ?? 6) + '%';
    case 'g': case 'G': {
      const p = precision === 0 ? 1 : precision ?? 6;
      const exponent = x === 0 ? 0 : Math.floor(Math.log10(Math.abs(Number(x.toExponential(p - 1)))));
      const text = exponent >= -4 && exponent < p
        ? fixed(x, Math.max(0, p - 1 - exponent)).replace(/\.?0+$/, '')
        : exponential(x, p - 1).replace(/\.?0+e/, 'e');
      return type === 'G' ? text.toUpperCase() : text;
    }
    case 'x': return integral ? x.toString(16) : badType(type);
    case 'X': return integral ? x.toString(16).toUpperCase() : badType(type);
    case 'b': return integral ? x.toString(2) : badType(type);
    default:
      if (precision !== undefined && !integral) {
        // No type with a precision: like 'g' but always with at least one digit after the point.
        return formatNumber(x, 'g', precision, integral);
      }
      return integral ? String(x) : formatFloat(x);
  }
}

function badType(type: string): never {
  throw new Unsupported(`format code '${type}' for a float`);
}

function fixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  return Math.abs(x) < 1e21 ? x.toFixed(digits) : exponential(x, digits);
}

function exponential(x: number, digits: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  const [mantissa, exponent] = x.toExponential(digits).split('e');
  const value = Number(exponent);
  return `${mantissa}e${value < 0 ? '-' : '+'}${String(Math.abs(value)).padStart(2, '0')}`;
}
