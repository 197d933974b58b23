// The legacy constructors older smoothing code still uses:
// - torch.Tensor(...), torch.FloatTensor(...), torch.LongTensor(...) (`torch.Tensor(n, 1).fill_(value)`).
//   Integers are sizes (the tensor is uninitialised, as torch.empty's); a list or tuple is data, converted to the
//   constructor's dtype; nothing gives an empty tensor.
// - torch.autograd.Variable(t, requires_grad=False) (`criterion(x, Variable(true_dist, requires_grad=False))`).
//   Since PyTorch 0.4 it is a tensor sharing t's memory, without t's history, that requires grad as asked.
import { PythonError, tensorValue, Unsupported, type CallArgs, type PyValue } from '../../evaluator/values';
import { Tensor } from '../tensor';
import { isFloating } from '../dtype';
import { empty, tensorFromData, zeros } from '../creation';
import type { DType } from '../dtype';
import { bind, optional, pythonTypeName, required, sizesFromArgs } from './args';
import type { NativeTable } from './creationFunctions';

function legacyConstructor(dtype: DType) {
  return (args: CallArgs): PyValue => {
    const keywords = [...args.keyword.keys()].filter(name => name !== 'device');
    if (keywords.length) throw new Unsupported(`the legacy tensor constructor with ${keywords.join(', ')}= is not modelled`);
    const [first, ...rest] = args.positional;
    if (first === undefined) return tensorValue(zeros([0], dtype));
    if (rest.length === 0 && (first.kind === 'list' || first.kind === 'tuple')) return tensorValue(tensorFromData(first, dtype));
    if (rest.length === 0 && first.kind === 'tensor') throw new Unsupported('the legacy tensor constructor on a tensor is not modelled');
    if (rest.length === 0 && first.kind === 'float') throw new PythonError('TypeError', `new(): data must be a sequence (got ${pythonTypeName(first)})`);
    return tensorValue(empty(sizesFromArgs('new', args.positional), dtype));
  };
}

export const LEGACY_CONSTRUCTORS: NativeTable = {
  Tensor: legacyConstructor('float32'),
  FloatTensor: legacyConstructor('float32'),
  DoubleTensor: legacyConstructor('float64'),
  LongTensor: legacyConstructor('int64'),
};

export const LEGACY_AUTOGRAD: NativeTable = {
  Variable: args => {
    const a = bind('Variable', [required('data'), optional('requires_grad', { kind: 'bool', value: false })], args);
    const data = a.get('data');
    if (data.kind !== 'tensor') throw new PythonError('TypeError', `Variable data has to be a tensor, but got ${pythonTypeName(data)}`);
    const t = data.tensor;
    const alias = new Tensor(t.storage, t.dtype, t.shape, t.strides, t.offset);
    if (a.bool('requires_grad')) {
      if (!isFloating(t.dtype)) throw new PythonError('RuntimeError', 'Only Tensors of floating point and complex dtype can require gradients');
      alias.requiresGrad = true;
    }
    return tensorValue(alias);
  },
};
