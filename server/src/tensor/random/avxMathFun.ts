// The single-precision log and sin/cos (Cephes polynomials, as in avx_mathfun.h) that PyTorch's AVX2
// normal_fill uses for torch.randn of 16 or more float32 values. Every step is rounded to float32, so the
// random numbers come out bit for bit.
const f = Math.fround;

const SQRTHF = f(0.707106781186547524);
const LOG_P = [7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1, -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1].map(f);
const LOG_Q1 = f(-2.12194440e-4);
const LOG_Q2 = f(0.693359375);
const MIN_NORM_POS = 1.17549435e-38;

const view = new DataView(new ArrayBuffer(4));

function floatBits(x: number): number {
  view.setFloat32(0, x);
  return view.getUint32(0);
}

function bitsFloat(bits: number): number {
  view.setUint32(0, bits >>> 0);
  return view.getFloat32(0);
}

/** log256_ps for one lane. */
export function cephesLogf(input: number): number {
  if (input <= 0 || Number.isNaN(input)) return NaN;
  let x = Math.max(f(input), MIN_NORM_POS);
  const exponentBits = floatBits(x) >>> 23;
  x = bitsFloat((floatBits(x) & ~0x7f800000) | floatBits(0.5));
  let e = f(f(exponentBits - 0x7f) + 1);
  const below = x < SQRTHF;
  const tmp = below ? x : 0;
  x = f(x - 1);
  if (below) e = f(e - 1);
  x = f(x + tmp);
  const z = f(x * x);
  let y = LOG_P[0];
  for (let i = 1; i < LOG_P.length; i++) y = f(f(y * x) + LOG_P[i]);
  y = f(y * x);
  y = f(y * z);
  y = f(y + f(e * LOG_Q1));
  y = f(y - f(z * 0.5));
  x = f(x + y);
  x = f(x + f(e * LOG_Q2));
  return x;
}

const FOPI = f(1.27323954473516);
const DP1 = f(-0.78515625);
const DP2 = f(-2.4187564849853515625e-4);
const DP3 = f(-3.77489497744594108e-8);
const SINCOF = [-1.9515295891e-4, 8.3321608736e-3, -1.6666654611e-1].map(f);
const COSCOF = [2.443315711809948e-5, -1.388731625493765e-3, 4.166664568298827e-2].map(f);

/** sincos256_ps for one lane. */
export function cephesSinCosf(input: number): { sin: number; cos: number } {
  const negative = input < 0 || Object.is(input, -0);
  let x = Math.abs(f(input));
  let j = Math.trunc(f(x * FOPI));
  j = (j + 1) & ~1;
  const y = f(j);
  const swapSinSign = (j & 4) !== 0;
  const firstPolynomialForSin = (j & 2) === 0;
  x = f(x + f(y * DP1));
  x = f(x + f(y * DP2));
  x = f(x + f(y * DP3));
  const cosSignNegative = ((~(j - 2)) & 4) !== 0;
  const sinNegative = negative !== swapSinSign;
  const z = f(x * x);
  let c = COSCOF[0];
  c = f(f(c * z) + COSCOF[1]);
  c = f(f(c * z) + COSCOF[2]);
  c = f(c * z);
  c = f(c * z);
  c = f(c - f(z * 0.5));
  c = f(c + 1);
  let s = SINCOF[0];
  s = f(f(s * z) + SINCOF[1]);
  s = f(f(s * z) + SINCOF[2]);
  s = f(s * z);
  s = f(s * x);
  s = f(s + x);
  const sinValue = firstPolynomialForSin ? s : c;
  const cosValue = firstPolynomialForSin ? c : s;
  return { sin: sinNegative ? -sinValue : sinValue, cos: cosSignNegative ? -cosValue : cosValue };
}
