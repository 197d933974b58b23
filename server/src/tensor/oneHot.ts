// F.one_hot(labels, num_classes=-1): an int64 tensor with a trailing class dimension. Without num_classes,
// K is the batch's largest label + 1 — a classic source of shape bugs.
import { PythonError } from '../evaluator/values';
import { empty } from './creation';
import { checkElementCount } from './limits';
import { readValues, requireKnownValues, type Tensor, tensorFromValues } from './tensor';

export function oneHot(labels: Tensor, numClasses = -1): Tensor {
  if (labels.dtype !== 'int64') throw new PythonError('RuntimeError', 'one_hot is only applicable to index tensor.');
  if (labels.numel === 0) {
    if (numClasses <= 0) throw new PythonError('RuntimeError', 'Can not infer total number of classes from empty tensor.');
    return empty([...labels.shape, numClasses], 'int64');
  }
  requireKnownValues(labels);
  const values = readValues(labels);
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  if (min < 0) throw new PythonError('RuntimeError', 'Class values must be non-negative.');
  let classes = numClasses;
  if (classes === -1) classes = max + 1;
  else if (classes <= max) throw new PythonError('RuntimeError', 'Class values must be smaller than num_classes.');
  checkElementCount(values.length * classes);
  const result = new Float64Array(values.length * classes);
  for (let i = 0; i < values.length; i++) result[i * classes + values[i]] = 1;
  return tensorFromValues('int64', [...labels.shape, classes], result);
}
