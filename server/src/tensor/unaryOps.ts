// Elementwise functions of one tensor. Floating functions of integer or bool tensors return float32, as in
// PyTorch; float32 results are rounded to single precision.
import { PythonError } from '../evaluator/values';
import { type DType, DEFAULT_FLOAT, isFloating, scalarTypeName } from './dtype';
import { checkInPlaceResult } from './binaryOps';
import { expOf } from './floatMath';
import { readValues, type Tensor, tensorFromValues, unknownReason, writeValues } from './tensor';

export type UnaryOp =
  | 'neg' | 'abs' | 'sign' | 'floor' | 'ceil' | 'round' | 'trunc' | 'square' | 'relu'
  | 'exp' | 'log' | 'log1p' | 'log2' | 'log10' | 'expm1' | 'sqrt' | 'rsqrt' | 'sigmoid' | 'tanh' | 'sin' | 'cos' | 'reciprocal'
  | 'logical_not' | 'bitwise_not' | 'isnan' | 'isinf' | 'isfinite';

const FLOATING_FUNCTIONS = new Set<UnaryOp>(['exp', 'log', 'log1p', 'log2', 'log10', 'expm1', 'sqrt', 'rsqrt', 'sigmoid', 'tanh', 'sin', 'cos', 'reciprocal']);
const PREDICATES = new Set<UnaryOp>(['logical_not', 'isnan', 'isinf', 'isfinite']);

/** The dtype `op(t)` returns. */
export function unaryResultDtype(op: UnaryOp, dtype: DType): DType {
  if (PREDICATES.has(op)) return 'bool';
  if (FLOATING_FUNCTIONS.has(op)) return isFloating(dtype) ? dtype : DEFAULT_FLOAT;
  if (op === 'square' && dtype === 'bool') return 'int64';
  return dtype;
}

export function unaryOp(op: UnaryOp, t: Tensor): Tensor {
  const dtype = unaryResultDtype(op, t.dtype);
  const reason = unknownReason(t);
  return tensorFromValues(dtype, t.shape, reason === undefined ? computeUnary(op, t, dtype) : new Float64Array(t.numel), reason);
}

/** `t.op_()`: the result must fit t's dtype (`long_tensor.exp_()` raises). */
export function unaryOpInPlace(op: UnaryOp, t: Tensor): Tensor {
  const dtype = unaryResultDtype(op, t.dtype);
  checkInPlaceResult(dtype, t.dtype);
  const reason = unknownReason(t);
  writeValues(t, reason === undefined ? computeUnary(op, t, dtype) : new Float64Array(t.numel), reason);
  return t;
}

function computeUnary(op: UnaryOp, t: Tensor, dtype: DType): Float64Array {
  checkUnarySupported(op, t.dtype);
  const x = readValues(t);
  const out = new Float64Array(x.length);
  const round = dtype === 'float32' ? Math.fround : (v: number) => v;
  // Integer inputs of floating functions are first converted to the result dtype, as PyTorch does.
  if (dtype === 'float32' && t.dtype !== 'float32' && t.dtype !== 'float64') for (let i = 0; i < x.length; i++) x[i] = Math.fround(x[i]);
  if (op === 'sigmoid') return sigmoidValues(x, dtype);
  const f = elementFunction(op, round, t.dtype, dtype);
  for (let i = 0; i < x.length; i++) out[i] = f(x[i]);
  return out;
}

function checkUnarySupported(op: UnaryOp, dtype: DType): void {
  if (op === 'neg' && dtype === 'bool') {
    throw new PythonError('RuntimeError', 'Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.');
  }
  if (op === 'bitwise_not' && isFloating(dtype)) {
    throw new PythonError('RuntimeError', `"bitwise_not_cpu" not implemented for '${scalarTypeName(dtype)}'`);
  }
}

/**
 * 1 / (1 + exp(−x)): PyTorch's kernel runs blocks of 16 float32 values through the vectorized exp and the rest
 * through the scalar one, so the same value can round differently depending on where it sits.
 */
function sigmoidValues(x: Float64Array, dtype: DType): Float64Array {
  const out = new Float64Array(x.length);
  if (dtype !== 'float32') {
    for (let i = 0; i < x.length; i++) out[i] = 1 / (1 + Math.exp(-x[i]));
    return out;
  }
  const vectorized = Math.floor(x.length / 16) * 16;
  const f = Math.fround;
  for (let i = 0; i < x.length; i++) {
    const e = i < vectorized ? expOf(-x[i], dtype) : f(Math.exp(-x[i]));
    out[i] = f(1 / f(1 + e));
  }
  return out;
}

function elementFunction(op: UnaryOp, round: (v: number) => number, inputDtype: DType, dtype: DType): (x: number) => number {
  switch (op) {
    case 'neg': return x => -x;
    case 'abs': return x => Math.abs(x);
    case 'sign': return x => Number.isNaN(x) ? x : x > 0 ? 1 : x < 0 ? -1 : 0;
    case 'floor': return x => Math.floor(x);
    case 'ceil': return x => Math.ceil(x);
    case 'round': return roundHalfToEven;
    case 'trunc': return x => Math.trunc(x);
    case 'square': return x => round(x * x);
    case 'relu': return x => (x > 0 || Number.isNaN(x) ? x : 0);
    case 'exp': return x => expOf(x, dtype);
    case 'log': return x => round(Math.log(x));
    case 'log1p': return x => round(Math.log1p(x));
    case 'log2': return x => round(Math.log2(x));
    case 'log10': return x => round(Math.log10(x));
    case 'expm1': return x => round(Math.expm1(x));
    case 'sqrt': return x => round(Math.sqrt(x));
    case 'rsqrt': return x => round(1 / round(Math.sqrt(x)));
    case 'sigmoid': return x => round(1 / round(1 + expOf(-x, dtype)));
    case 'tanh': return x => round(Math.tanh(x));
    case 'sin': return x => round(Math.sin(x));
    case 'cos': return x => round(Math.cos(x));
    case 'reciprocal': return x => round(1 / x);
    case 'logical_not': return x => (x === 0 ? 1 : 0);
    case 'bitwise_not': return inputDtype === 'bool' ? x => (x === 0 ? 1 : 0) : x => -x - 1;
    case 'isnan': return x => (Number.isNaN(x) ? 1 : 0);
    case 'isinf': return x => (x === Infinity || x === -Infinity ? 1 : 0);
    case 'isfinite': return x => (Number.isFinite(x) ? 1 : 0);
  }
}

/** C's nearbyint: halves go to the even neighbour (torch.round). */
export function roundHalfToEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const floor = Math.floor(x);
  const difference = x - floor;
  const rounded = difference < 0.5 ? floor : difference > 0.5 ? floor + 1 : floor % 2 === 0 ? floor : floor + 1;
  // A negative number that rounds to zero keeps its sign, as C's nearbyint does.
  return rounded === 0 && (x < 0 || Object.is(x, -0)) ? -0 : rounded;
}
