// Elementwise binary operations with broadcasting and type promotion, computed the way PyTorch's CPU kernels
// compute them: inputs are converted to the common dtype, and float32 results are rounded after every
// operation (Math.fround), so results match PyTorch's to the last bit in the common cases.
import { PythonError } from '../evaluator/values';
import { canCast, castTo, type DType, isFloating, scalarTypeName, DEFAULT_FLOAT } from './dtype';
import { broadcastValues, isScalar, type Operand, operandsResultType, operandShape, operandsUnknownReason, scalarNumber } from './operand';
import { broadcastShapes, formatSizes } from './shape';
import { type Tensor, tensorFromValues, writeValues, shapeNumel } from './tensor';

export type BinaryOp =
  | 'add' | 'sub' | 'mul' | 'div' | 'floor_divide' | 'remainder' | 'fmod' | 'pow'
  | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'
  | 'bitwise_and' | 'bitwise_or' | 'bitwise_xor' | 'logical_and' | 'logical_or' | 'logical_xor'
  | 'maximum' | 'minimum';

export interface BinaryOptions {
  /** `add`/`sub`: the multiplier of the second operand. */
  readonly alpha?: Operand;
  /** `div`: 'trunc' or 'floor' (integer-valued results in the common dtype). */
  readonly roundingMode?: 'trunc' | 'floor';
}

const COMPARISONS = new Set<BinaryOp>(['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'logical_and', 'logical_or', 'logical_xor']);

/** `a op b` as a new tensor. */
export function binaryOp(op: BinaryOp, a: Operand, b: Operand, options: BinaryOptions = {}): Tensor {
  const plan = planBinary(op, a, b, options);
  const shape = broadcastShapes(operandShape(a), operandShape(b));
  return tensorFromValues(plan.outDtype, shape, computeBinary(op, plan, a, b, shape, options), operandsUnknownReason(a, b));
}

/** `self.op_(other)`: computes in the common dtype, then writes into `self` (which must not need broadcasting). */
export function binaryOpInPlace(op: BinaryOp, self: Tensor, other: Operand, options: BinaryOptions = {}): Tensor {
  const plan = planBinary(op, self, other, options);
  checkInPlaceResult(plan.outDtype, self.dtype);
  const shape = broadcastShapes(self.shape, operandShape(other));
  checkInPlaceShape(self.shape, shape);
  const reason = operandsUnknownReason(self, other);
  writeValues(self, computeBinary(op, plan, self, other, shape, options), reason);
  return self;
}

/** PyTorch refuses to write a result into a tensor whose dtype cannot hold it (`one_hot(y).mul_(0.9)`). */
export function checkInPlaceResult(resultDtype: DType, targetDtype: DType): void {
  if (!canCast(resultDtype, targetDtype)) {
    throw new PythonError('RuntimeError', `result type ${scalarTypeName(resultDtype)} can't be cast to the desired output type ${scalarTypeName(targetDtype)}`);
  }
}

/** An in-place result must have the target's own shape. */
export function checkInPlaceShape(targetShape: readonly number[], broadcastShape: readonly number[]): void {
  if (targetShape.length !== broadcastShape.length || targetShape.some((size, d) => size !== broadcastShape[d])) {
    throw new PythonError('RuntimeError', `output with shape ${formatSizes(targetShape)} doesn't match the broadcast shape ${formatSizes(broadcastShape)}`);
  }
}

interface BinaryPlan {
  /** The dtype inputs are converted to and the arithmetic is done in. */
  readonly computeDtype: DType;
  /** The dtype of the result (bool for comparisons). */
  readonly outDtype: DType;
}

function planBinary(op: BinaryOp, a: Operand, b: Operand, options: BinaryOptions): BinaryPlan {
  const common = operandsResultType(a, b);
  const aIsBool = !isScalar(a) ? a.dtype === 'bool' : a.kind === 'bool';
  const bIsBool = !isScalar(b) ? b.dtype === 'bool' : b.kind === 'bool';
  switch (op) {
    case 'sub':
      if (aIsBool && bIsBool) {
        throw new PythonError('RuntimeError', 'Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.');
      }
      if (aIsBool || bIsBool) {
        throw new PythonError('RuntimeError', 'Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.');
      }
      checkAlpha(common, options.alpha);
      return { computeDtype: common, outDtype: common };
    case 'add':
      checkAlpha(common, options.alpha);
      return { computeDtype: common, outDtype: common };
    case 'div':
      if (options.roundingMode === undefined && !isFloating(common)) return { computeDtype: DEFAULT_FLOAT, outDtype: DEFAULT_FLOAT };
      return { computeDtype: common, outDtype: common };
    case 'floor_divide':
    case 'remainder':
    case 'fmod':
    case 'maximum':
    case 'minimum':
    case 'mul':
      return { computeDtype: common, outDtype: common };
    case 'pow':
      if (!isFloating(common) && isScalar(b) && scalarNumber(b) < 0) {
        throw new PythonError('RuntimeError', 'Integers to negative integer powers are not allowed.');
      }
      return { computeDtype: common, outDtype: common };
    case 'bitwise_and':
    case 'bitwise_or':
    case 'bitwise_xor':
      if (isFloating(common)) {
        const name = op.replace('bitwise_', '');
        throw new PythonError('RuntimeError', `"bitwise_${name}_cpu" not implemented for '${scalarTypeName(common)}'`);
      }
      return { computeDtype: common, outDtype: common };
    default:
      if (COMPARISONS.has(op)) return { computeDtype: common, outDtype: 'bool' };
      throw new Error(`unknown binary op ${op}`);
  }
}

function checkAlpha(common: DType, alpha: Operand | undefined): void {
  if (alpha === undefined || !isScalar(alpha)) return;
  if (!isFloating(common) && alpha.kind === 'float') {
    throw new PythonError('RuntimeError', 'For integral input tensors, argument alpha must not be a floating point number.');
  }
  if (common === 'bool' && alpha.kind === 'int') {
    throw new PythonError('RuntimeError', 'Boolean alpha only supported for Boolean results.');
  }
}

function computeBinary(op: BinaryOp, plan: BinaryPlan, a: Operand, b: Operand, shape: readonly number[], options: BinaryOptions): Float64Array {
  const { computeDtype } = plan;
  if (operandsUnknownReason(a, b) !== undefined) return new Float64Array(shapeNumel(shape));
  const x = broadcastValues(a, shape, computeDtype);
  const y = broadcastValues(b, shape, computeDtype);
  const out = new Float64Array(x.length);
  const float = isFloating(computeDtype);
  const round = computeDtype === 'float32' ? Math.fround : (v: number) => v;
  switch (op) {
    case 'add':
    case 'sub': {
      const alpha = options.alpha === undefined ? 1 : castTo(computeDtype, isScalar(options.alpha) ? scalarNumber(options.alpha) : 1);
      const sign = op === 'add' ? 1 : -1;
      for (let i = 0; i < out.length; i++) out[i] = round(x[i] + sign * alpha * y[i]);
      break;
    }
    case 'mul':
      for (let i = 0; i < out.length; i++) out[i] = round(x[i] * y[i]);
      break;
    case 'div':
      if (options.roundingMode === undefined) {
        for (let i = 0; i < out.length; i++) out[i] = round(x[i] / y[i]);
      } else if (float) {
        for (let i = 0; i < out.length; i++) out[i] = options.roundingMode === 'trunc' ? Math.trunc(round(x[i] / y[i])) : floorDivideFloat(x[i], y[i], round);
      } else {
        for (let i = 0; i < out.length; i++) {
          if (y[i] === 0) throw new PythonError('RuntimeError', 'ZeroDivisionError');
          out[i] = options.roundingMode === 'trunc' ? Math.trunc(x[i] / y[i]) : Math.floor(x[i] / y[i]);
        }
      }
      break;
    case 'floor_divide':
      for (let i = 0; i < out.length; i++) {
        if (float) out[i] = floorDivideFloat(x[i], y[i], round);
        else if (y[i] === 0) throw new PythonError('RuntimeError', 'ZeroDivisionError');
        else out[i] = Math.floor(x[i] / y[i]);
      }
      break;
    case 'remainder':
      for (let i = 0; i < out.length; i++) {
        if (!float && y[i] === 0) throw new PythonError('RuntimeError', 'ZeroDivisionError');
        let mod = x[i] % y[i];
        if (mod !== 0 && (y[i] < 0) !== (mod < 0)) mod = round(mod + y[i]);
        out[i] = mod;
      }
      break;
    case 'fmod':
      for (let i = 0; i < out.length; i++) {
        if (!float && y[i] === 0) throw new PythonError('RuntimeError', 'ZeroDivisionError');
        out[i] = x[i] % y[i];
      }
      break;
    case 'pow':
      computePow(x, y, out, computeDtype, isScalar(b) ? scalarNumber(b) : undefined);
      break;
    case 'maximum':
    case 'minimum':
      for (let i = 0; i < out.length; i++) {
        if (Number.isNaN(x[i]) || Number.isNaN(y[i])) out[i] = NaN;
        else out[i] = op === 'maximum' ? Math.max(x[i], y[i]) : Math.min(x[i], y[i]);
      }
      break;
    case 'eq': for (let i = 0; i < out.length; i++) out[i] = x[i] === y[i] ? 1 : 0; break;
    case 'ne': for (let i = 0; i < out.length; i++) out[i] = x[i] !== y[i] ? 1 : 0; break;
    case 'lt': for (let i = 0; i < out.length; i++) out[i] = x[i] < y[i] ? 1 : 0; break;
    case 'le': for (let i = 0; i < out.length; i++) out[i] = x[i] <= y[i] ? 1 : 0; break;
    case 'gt': for (let i = 0; i < out.length; i++) out[i] = x[i] > y[i] ? 1 : 0; break;
    case 'ge': for (let i = 0; i < out.length; i++) out[i] = x[i] >= y[i] ? 1 : 0; break;
    case 'logical_and': for (let i = 0; i < out.length; i++) out[i] = x[i] !== 0 && y[i] !== 0 ? 1 : 0; break;
    case 'logical_or': for (let i = 0; i < out.length; i++) out[i] = x[i] !== 0 || y[i] !== 0 ? 1 : 0; break;
    case 'logical_xor': for (let i = 0; i < out.length; i++) out[i] = (x[i] !== 0) !== (y[i] !== 0) ? 1 : 0; break;
    case 'bitwise_and':
    case 'bitwise_or':
    case 'bitwise_xor':
      for (let i = 0; i < out.length; i++) out[i] = bitwise(op, x[i], y[i]);
      break;
  }
  return out;
}

/** PyTorch's div_floor for floating types (exact for integer-valued quotients, Python's floor semantics). */
function floorDivideFloat(a: number, b: number, round: (v: number) => number): number {
  if (b === 0) return round(a / b);
  const mod = a % b;
  let div = round(round(a - mod) / b);
  if (mod !== 0 && (b < 0) !== (mod < 0)) div = round(div - 1);
  if (div === 0) return a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  const floored = Math.floor(div);
  return round(div - floored > 0.5 ? floored + 1 : floored);
}

function computePow(x: Float64Array, y: Float64Array, out: Float64Array, dtype: DType, scalarExponent: number | undefined): void {
  if (!isFloating(dtype)) {
    for (let i = 0; i < out.length; i++) {
      if (y[i] < 0) throw new PythonError('RuntimeError', 'Integers to negative integer powers are not allowed.');
      out[i] = castTo(dtype, integerPower(x[i], y[i]));
    }
    return;
  }
  const round = dtype === 'float32' ? Math.fround : (v: number) => v;
  // PyTorch special-cases these scalar exponents (x*x for 2, sqrt for 0.5, …) rather than calling pow.
  for (let i = 0; i < out.length; i++) {
    const base = x[i];
    switch (scalarExponent) {
      case 2: out[i] = round(base * base); break;
      case 3: out[i] = round(round(base * base) * base); break;
      case 0.5: out[i] = round(Math.sqrt(base)); break;
      case -0.5: out[i] = round(1 / round(Math.sqrt(base))); break;
      case -1: out[i] = round(1 / base); break;
      case -2: out[i] = round(1 / round(base * base)); break;
      default: out[i] = round(Math.pow(base, y[i]));
    }
  }
}

function integerPower(base: number, exponent: number): number {
  let result = 1;
  let b = base;
  let e = exponent;
  while (e > 0) {
    if (e % 2 === 1) result *= b;
    b *= b;
    e = Math.floor(e / 2);
  }
  return result;
}

function bitwise(op: 'bitwise_and' | 'bitwise_or' | 'bitwise_xor', a: number, b: number): number {
  if (Math.abs(a) < 2 ** 31 && Math.abs(b) < 2 ** 31) {
    return op === 'bitwise_and' ? a & b : op === 'bitwise_or' ? a | b : a ^ b;
  }
  const x = BigInt.asIntN(64, BigInt(a));
  const y = BigInt.asIntN(64, BigInt(b));
  return Number(BigInt.asIntN(64, op === 'bitwise_and' ? x & y : op === 'bitwise_or' ? x | y : x ^ y));
}
