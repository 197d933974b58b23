// Python's formatting of numbers, bit for bit: repr(float) ("0.1", "1e-05", "1.0"), and the format specs
// PyTorch's printer uses ("{:.4f}", "{:.4e}", "{:.0f}"), which round the exact binary value half to even.
// JavaScript's toFixed rounds ties away from zero, so the exact decimal expansion is worked out with BigInt.

/** repr(x) for a Python float: the shortest digits that round-trip, in Python's layout. */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  // toExponential() without an argument gives the shortest round-tripping digits, like Python's repr.
  const [mantissa, exponentText] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    return `${sign}${digits[0]}${fraction}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const pointAt = exponent + 1;
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return `${sign}${digits}${'0'.repeat(pointAt - digits.length)}.0`;
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

/** str(n) for a Python int (exact for any integer-valued double). */
export function pythonIntStr(n: number): string {
  return Math.abs(n) < 2 ** 53 ? String(n + 0) : BigInt(n).toString();
}

/** x as the exact fraction numerator / 2^shift (shift ≥ 0), sign apart. */
function exactBinary(x: number): { numerator: bigint; shift: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biasedExponent = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  let exponent: number;
  if (biasedExponent === 0) {
    exponent = -1074;
  } else {
    mantissa |= 1n << 52n;
    exponent = biasedExponent - 1075;
  }
  if (exponent >= 0) return { numerator: mantissa << BigInt(exponent), shift: 0n };
  return { numerator: mantissa, shift: BigInt(-exponent) };
}

/** round(numerator / denominator), ties to even. */
function divideRoundHalfEven(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const twiceRemainder = (numerator % denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)) return quotient + 1n;
  return quotient;
}

function nonFinite(x: number): string | undefined {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return undefined;
}

/** '{:.Nf}'.format(x). */
export function formatFixed(x: number, decimals: number): string {
  const special = nonFinite(x);
  if (special !== undefined) return special;
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const { numerator, shift } = exactBinary(x);
  const scaled = divideRoundHalfEven(numerator * 10n ** BigInt(decimals), 1n << shift);
  const text = scaled.toString().padStart(decimals + 1, '0');
  if (decimals === 0) return sign + text;
  return `${sign}${text.slice(0, text.length - decimals)}.${text.slice(text.length - decimals)}`;
}

/** '{:.Ne}'.format(x). */
export function formatScientific(x: number, decimals: number): string {
  const special = nonFinite(x);
  if (special !== undefined) return special;
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}${decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0'}e+00`;
  const { numerator, shift } = exactBinary(x);
  let exponent = Math.floor(Math.log10(Math.abs(x)));
  let digits = scaledDigits(numerator, shift, decimals - exponent);
  // log10 can be off by one near powers of ten, and rounding can carry into a new digit.
  if (digits.length > decimals + 1) {
    exponent += 1;
    digits = scaledDigits(numerator, shift, decimals - exponent);
  } else if (digits.length < decimals + 1) {
    exponent -= 1;
    digits = scaledDigits(numerator, shift, decimals - exponent);
  }
  if (digits.length > decimals + 1) {
    exponent += 1;
    digits = digits.slice(0, decimals + 1);
  }
  const mantissa = decimals > 0 ? `${digits[0]}.${digits.slice(1)}` : digits[0];
  return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
}

/** The digits of round(|x| · 10^power), x = numerator / 2^shift. */
function scaledDigits(numerator: bigint, shift: bigint, power: number): string {
  const denominator = 1n << shift;
  const scaled = power >= 0
    ? divideRoundHalfEven(numerator * 10n ** BigInt(power), denominator)
    : divideRoundHalfEven(numerator, denominator * 10n ** BigInt(-power));
  return scaled.toString();
}

/** C++ ostream's default rendering of a double (6 significant digits, like %g), used in PyTorch's messages. */
export function cppDoubleString(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const exponent = Number(formatScientific(x, 5).split('e')[1]);
  if (exponent < -5 || exponent >= 6) {
    const [mantissa, exp] = formatScientific(x, 5).split('e');
    return `${stripZeros(mantissa)}e${exp}`;
  }
  return stripZeros(formatFixed(x, Math.max(0, 5 - exponent)));
}

function stripZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
