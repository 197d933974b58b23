// The `reduction=` argument of the losses, including the legacy size_average / reduce flags (torch.nn._reduction).
import { PythonError, type PyValue } from '../../evaluator/values';
import { reprValue } from '../format/formatValue';
import { mean, sum } from '../reductions';
import type { Tensor } from '../tensor';

export type Reduction = 'none' | 'mean' | 'sum';

/** _Reduction.get_enum: anything but 'none', 'mean' or 'sum' is a ValueError (raised when the loss runs). */
export function parseReduction(value: PyValue): Reduction {
  if (value.kind === 'str' && (value.value === 'none' || value.value === 'mean' || value.value === 'sum')) return value.value;
  const shown = value.kind === 'str' ? value.value : reprValue(value);
  throw new PythonError('ValueError', `${shown} is not a valid value for reduction`);
}

/** _Reduction.legacy_get_string: size_average / reduce (None counts as True) decide the reduction. */
export function legacyReduction(sizeAverage: boolean | undefined, reduce: boolean | undefined): Reduction {
  const average = sizeAverage ?? true;
  const reduced = reduce ?? true;
  if (average && reduced) return 'mean';
  if (reduced) return 'sum';
  return 'none';
}

/** apply_loss_reduction: mean or sum of the elementwise losses, or the losses themselves. */
export function applyReduction(losses: Tensor, reduction: Reduction): Tensor {
  if (reduction === 'mean') return mean(losses);
  if (reduction === 'sum') return sum(losses);
  return losses;
}
