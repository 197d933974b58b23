// The tensors among print()'s arguments (also inside tuples and lists), with their values at full
// precision: what the oracle compares with real PyTorch beyond the printed text.
import { readValues } from '../tensor/tensor';
import type { PrintedTensor } from './interpreter';
import type { PyValue } from './values';

export function printedTensors(args: readonly PyValue[]): PrintedTensor[] {
  const found: PrintedTensor[] = [];
  const visit = (value: PyValue) => {
    if (value.kind === 'tensor') {
      found.push({ shape: [...value.tensor.shape], dtype: value.tensor.dtype, values: [...readValues(value.tensor)] });
    } else if (value.kind === 'tuple' || value.kind === 'list') {
      value.items.forEach(visit);
    }
  };
  args.forEach(visit);
  return found;
}
