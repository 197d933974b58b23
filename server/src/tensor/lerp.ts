// torch.lerp(start, end, weight): start + weight·(end − start), computed from the nearer end as ATen does
// (weight < 0.5 from start, else from end) so that weight 1 gives end exactly.
import { PythonError } from '../evaluator/values';
import { cppTypeName, isFloating, scalarTypeName } from './dtype';
import { checkInPlaceShape } from './binaryOps';
import { broadcastValues, isScalar, type Operand, operandShape, operandsUnknownReason, scalarNumber } from './operand';
import { broadcastShapes } from './shape';
import { roundingFor } from './summation';
import { type Tensor, tensorFromValues, writeValues } from './tensor';

export function lerp(start: Tensor, end: Tensor, weight: Operand): Tensor {
  const { shape, values } = computeLerp(start, end, weight);
  return tensorFromValues(start.dtype, shape, values, operandsUnknownReason(start, end, weight));
}

export function lerpInPlace(start: Tensor, end: Tensor, weight: Operand): Tensor {
  const { shape, values } = computeLerp(start, end, weight);
  checkInPlaceShape(start.shape, shape);
  writeValues(start, values, operandsUnknownReason(start, end, weight));
  return start;
}

function computeLerp(start: Tensor, end: Tensor, weight: Operand): { shape: number[]; values: Float64Array } {
  if (end.dtype !== start.dtype) {
    throw new PythonError('RuntimeError', `expected dtype ${cppTypeName(start.dtype)} for \`end\` but got dtype ${cppTypeName(end.dtype)}`);
  }
  if (!isScalar(weight) && weight.dtype !== start.dtype) {
    throw new PythonError('RuntimeError', `expected dtype ${cppTypeName(start.dtype)} for \`weight\` but got dtype ${cppTypeName(weight.dtype)}`);
  }
  if (!isFloating(start.dtype)) {
    throw new PythonError('RuntimeError', `"lerp_kernel_${isScalar(weight) ? 'scalar' : 'tensor'}" not implemented for '${scalarTypeName(start.dtype)}'`);
  }
  const dtype = start.dtype;
  const shape = broadcastShapes(start.shape, end.shape, operandShape(weight));
  const a = broadcastValues(start, shape, dtype);
  const b = broadcastValues(end, shape, dtype);
  const w = isScalar(weight) ? undefined : broadcastValues(weight, shape, dtype);
  const scalarWeight = isScalar(weight) ? roundingFor(dtype)(scalarNumber(weight)) : 0;
  const round = roundingFor(dtype);
  for (let i = 0; i < a.length; i++) {
    const weightValue = w === undefined ? scalarWeight : w[i];
    const difference = round(b[i] - a[i]);
    a[i] = Math.abs(weightValue) < 0.5
      ? round(a[i] + round(weightValue * difference))
      : round(b[i] - round(difference * round(1 - weightValue)));
  }
  return { shape, values: a };
}

