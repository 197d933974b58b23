// torch.clamp / clip: bounds are numbers or tensors (either may be None); the result dtype follows type
// promotion, so clamping an int64 tensor with 0.5 gives float32 (and clamp_ refuses it).
import { PythonError } from '../evaluator/values';
import { checkInPlaceShape } from './binaryOps';
import { broadcastValues, isScalar, type Operand, operandsResultType, operandShape, operandsUnknownReason } from './operand';
import { broadcastShapes } from './shape';
import { canCast, cppTypeName, type DType, scalarTypeName } from './dtype';
import { type Tensor, tensorFromValues, writeValues } from './tensor';

export function clamp(t: Tensor, min: Operand | undefined, max: Operand | undefined): Tensor {
  const { dtype, shape, values } = computeClamp(t, min, max);
  return tensorFromValues(dtype, shape, values, operandsUnknownReason(t, min, max));
}

export function clampInPlace(t: Tensor, min: Operand | undefined, max: Operand | undefined): Tensor {
  const { dtype, shape, values } = computeClamp(t, min, max);
  if (!canCast(dtype, t.dtype)) {
    // With number bounds PyTorch names the C++ type of the tensor here ("long int"), with tensor bounds its dtype.
    const numberBounds = (min === undefined || isScalar(min)) && (max === undefined || isScalar(max));
    const target = numberBounds ? cppTypeName(t.dtype) : scalarTypeName(t.dtype);
    throw new PythonError('RuntimeError', `result type Float can't be cast to the desired output type ${target}`);
  }
  checkInPlaceShape(t.shape, shape);
  writeValues(t, values, operandsUnknownReason(t, min, max));
  return t;
}

function computeClamp(t: Tensor, min: Operand | undefined, max: Operand | undefined): { dtype: DType; shape: number[]; values: Float64Array } {
  if (min === undefined && max === undefined) throw new PythonError('RuntimeError', "torch.clamp: At least one of 'min' or 'max' must not be None");
  const operands = [t, min, max].filter((o): o is Operand => o !== undefined);
  const dtype = operandsResultType(...operands);
  const shape = broadcastShapes(...operands.map(operandShape));
  const x = broadcastValues(t, shape, dtype);
  const lo = min === undefined ? undefined : broadcastValues(min, shape, dtype);
  const hi = max === undefined ? undefined : broadcastValues(max, shape, dtype);
  for (let i = 0; i < x.length; i++) {
    let value = x[i];
    if (Number.isNaN(value)) continue;
    if (lo !== undefined && value < lo[i]) value = lo[i];
    if (hi !== undefined && value > hi[i]) value = hi[i];
    x[i] = value;
  }
  return { dtype, shape, values: x };
}
