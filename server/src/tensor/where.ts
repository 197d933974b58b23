// torch.where(condition, x, y): elementwise choice, broadcasting all three; x and y may be numbers.
import { PythonError } from '../evaluator/values';
import { scalarTypeName } from './dtype';
import { broadcastValues, type Operand, operandsResultType, operandShape, operandsUnknownReason } from './operand';
import { broadcastShapes } from './shape';
import { readValues, type Tensor, tensorFromValues } from './tensor';
import { broadcastTo } from './views';

export function where(condition: Tensor, x: Operand, y: Operand): Tensor {
  if (condition.dtype !== 'bool') {
    throw new PythonError('RuntimeError', `where expected condition to be a boolean tensor, but got a tensor with dtype ${scalarTypeName(condition.dtype)}`);
  }
  const dtype = operandsResultType(x, y);
  const shape = broadcastShapes(condition.shape, operandShape(x), operandShape(y));
  const chosen = readValues(broadcastTo(condition, shape));
  const xs = broadcastValues(x, shape, dtype);
  const ys = broadcastValues(y, shape, dtype);
  for (let i = 0; i < xs.length; i++) if (chosen[i] === 0) xs[i] = ys[i];
  return tensorFromValues(dtype, shape, xs, operandsUnknownReason(condition, x, y));
}
