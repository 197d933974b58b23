// expf as PyTorch's vectorized CPU kernels compute it: SLEEF's xexpf (1-ulp accuracy) built for AVX2, whose
// multiply-adds are fused. Reproducing it, rather than rounding the exact exp, keeps float32 softmax and
// cross-entropy results identical to PyTorch's in the last bit.
const f = Math.fround;

const R_LN2 = f(1.442695040888963407359924681001892137426645954152985934135449406931);
const L2U = f(0.693145751953125);
const L2L = f(1.428606765330187045e-6);
const COEFFICIENTS = [
  0.000198527617612853646278381, 0.00139304355252534151077271, 0.00833336077630519866943359,
  0.0416664853692054748535156, 0.166666671633720397949219, 0.5,
].map(f);

/** Single-precision fused multiply-add: a·b + c rounded once. */
export function fmaf(a: number, b: number, c: number): number {
  const product = a * b; // exact: two 24-bit significands fit in a double
  const sum = product + c;
  const rounded = f(sum);
  if (rounded === sum || !Number.isFinite(sum)) return rounded;
  // The double sum can only mislead float rounding when it lands exactly on a midpoint between two floats.
  const other = sum > rounded ? nextFloatUp(rounded) : nextFloatDown(rounded);
  if (sum - rounded !== other - sum) return rounded;
  const error = twoSumError(product, c, sum);
  if (error === 0) return rounded;
  return (error > 0) === (other > rounded) ? other : rounded;
}

function twoSumError(a: number, b: number, sum: number): number {
  const bVirtual = sum - a;
  const aVirtual = sum - bVirtual;
  return (a - aVirtual) + (b - bVirtual);
}

const scratch = new DataView(new ArrayBuffer(4));

function nextFloatUp(x: number): number {
  scratch.setFloat32(0, x);
  const bits = scratch.getInt32(0);
  scratch.setInt32(0, x >= 0 ? bits + 1 : bits - 1);
  return scratch.getFloat32(0);
}

function nextFloatDown(x: number): number {
  return -nextFloatUp(-x);
}

/** Round to nearest, ties to even (the vector conversion's default mode). */
function rint(x: number): number {
  const floor = Math.floor(x);
  const difference = x - floor;
  if (difference !== 0.5) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}

export function sleefExpf(input: number): number {
  const d = f(input);
  if (Number.isNaN(d)) return NaN;
  const q = rint(f(d * R_LN2));
  let s = fmaf(q, -L2U, d);
  s = fmaf(q, -L2L, s);
  let u = COEFFICIENTS[0];
  for (let i = 1; i < COEFFICIENTS.length; i++) u = fmaf(u, s, COEFFICIENTS[i]);
  u = f(1 + fmaf(f(s * s), u, s));
  // ldexp in two halves, as vldexp2 does, so intermediate powers of two stay in range.
  const half = q >> 1;
  u = f(f(u * 2 ** half) * 2 ** (q - half));
  if (d < -104) return 0;
  if (d > 100) return Infinity;
  return u;
}
