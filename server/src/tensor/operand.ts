// What elementwise operations combine: tensors and Python scalars (PyTorch's "wrapped numbers"), which take
// part in type promotion more weakly than tensors do.
import { type DType, type PromotionOperand, resultType } from './dtype';
import { shapeNumel, type Tensor, readValues, unknownReason } from './tensor';
import { broadcastTo } from './views';
import { castTo } from './dtype';

/** A Python bool, int or float. */
export interface Scalar {
  readonly kind: 'bool' | 'int' | 'float';
  readonly value: number | boolean;
}

export type Operand = Tensor | Scalar;

export function isScalar(operand: Operand): operand is Scalar {
  return (operand as Scalar).kind === 'bool' || (operand as Scalar).kind === 'int' || (operand as Scalar).kind === 'float';
}

export function scalarNumber(scalar: Scalar): number {
  return typeof scalar.value === 'boolean' ? (scalar.value ? 1 : 0) : scalar.value;
}

export const pyInt = (value: number): Scalar => ({ kind: 'int', value });
export const pyFloat = (value: number): Scalar => ({ kind: 'float', value });

export function promotionOperand(operand: Operand): PromotionOperand {
  return isScalar(operand)
    ? { kind: 'scalar', scalar: operand.kind }
    : { kind: 'tensor', dtype: operand.dtype, zeroDim: operand.ndim === 0 };
}

/** torch.result_type over tensors and scalars. */
export function operandsResultType(...operands: readonly Operand[]): DType {
  return resultType(operands.map(promotionOperand));
}

export function operandShape(operand: Operand): readonly number[] {
  return isScalar(operand) ? [] : operand.shape;
}

/** The dtype an operand has on its own (a Python float is float32's category, reported as float64 like PyTorch's wrapped numbers). */
export function operandDtype(operand: Operand): DType {
  if (!isScalar(operand)) return operand.dtype;
  return operand.kind === 'bool' ? 'bool' : operand.kind === 'int' ? 'int64' : 'float64';
}

/**
 * The operand's values broadcast to `shape` (row-major, `shapeNumel(shape)` of them), each converted to
 * `dtype` as PyTorch converts inputs to the computation dtype.
 */
export function broadcastValues(operand: Operand, shape: readonly number[], dtype: DType): Float64Array {
  if (isScalar(operand)) return new Float64Array(shapeNumel(shape)).fill(castTo(dtype, scalarNumber(operand)));
  const values = readValues(broadcastTo(operand, shape));
  if (operand.dtype !== dtype && dtype !== 'float64') for (let i = 0; i < values.length; i++) values[i] = castTo(dtype, values[i]);
  return values;
}

/** Why some value among the operands is unknown, if one is. */
export function operandsUnknownReason(...operands: readonly (Operand | undefined)[]): string | undefined {
  for (const operand of operands) {
    if (operand === undefined || isScalar(operand)) continue;
    const reason = unknownReason(operand);
    if (reason !== undefined) return reason;
  }
  return undefined;
}
