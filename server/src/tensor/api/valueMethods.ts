// Tensor methods that copy, convert or write values: clone, to/float/long, fill_, masked_fill_, scatter_,
// gather, copy_, new_zeros…, item and tolist.
import { PythonError, type PyValue, tensorValue, Unsupported } from '../../evaluator/values';
import { type DType, legacyTypeName } from '../dtype';
import { empty, full, tensorFromData, zeros } from '../creation';
import { copyInPlace, fillInPlace, indexFillInPlace, maskedFill, maskedFillInPlace, type FillValue } from '../fills';
import { gather, scatter, scatterAdd, scatterAddInPlace, scatterInPlace, type ScatterReduce } from '../scatterGather';
import { castTensor, cloneTensor, Tensor } from '../tensor';
import { indexSelect, maskedSelect, nonzero, nonzeroTuple } from '../selection';
import { bind, keywordOnly, numberOf, optional, type BoundArgs, required, requiresGradKeyword, sizesFromArgs } from './args';
import type { MethodTable } from './methodTypes';
import { tensorItem, tensorToList } from './pythonConversion';

const tensorResult = (t: Tensor): PyValue => tensorValue(t);

function fillValue(a: BoundArgs, name: string): FillValue {
  const value = a.get(name);
  if (value.kind === 'tensor') return value.tensor;
  const x = numberOf(value);
  if (x === undefined) throw new PythonError('TypeError', `${a.fn}(): argument '${name}' must be Number, not ${value.kind}`);
  return x;
}

function castMethod(dtype: DType) {
  return (self: Tensor, args: { positional: readonly PyValue[]; keyword: ReadonlyMap<string, PyValue> }): PyValue => {
    bind('cast', [keywordOnly('memory_format')], args);
    return tensorResult(self.dtype === dtype ? self : castTensor(self, dtype));
  };
}

const DTYPE_BY_LEGACY_NAME: Record<string, DType> = {
  'torch.FloatTensor': 'float32', 'torch.DoubleTensor': 'float64', 'torch.LongTensor': 'int64', 'torch.IntTensor': 'int32', 'torch.BoolTensor': 'bool',
};

/** `x.to(...)`: a dtype, a device (ignored), another tensor (its dtype), or device and dtype. */
function toMethod(self: Tensor, args: { positional: readonly PyValue[]; keyword: ReadonlyMap<string, PyValue> }): PyValue {
  let dtype: DType | undefined;
  for (const value of args.positional) {
    if (value.kind === 'dtype') dtype = value.dtype;
    else if (value.kind === 'tensor') dtype = value.tensor.dtype;
    else if (value.kind === 'str' || value.kind === 'object' || value.kind === 'none') continue;
    else throw new PythonError('TypeError', 'to() received an invalid combination of arguments');
  }
  for (const [name, value] of args.keyword) {
    if (name === 'dtype' && value.kind === 'dtype') dtype = value.dtype;
    else if (!['device', 'non_blocking', 'copy', 'memory_format', 'dtype'].includes(name)) {
      throw new PythonError('TypeError', `to() got an unexpected keyword argument '${name}'`);
    }
  }
  const copy = args.keyword.get('copy');
  if (dtype === undefined || dtype === self.dtype) return tensorResult(copy?.kind === 'bool' && copy.value ? cloneTensor(self) : self);
  return tensorResult(castTensor(self, dtype));
}

/** `x.new_zeros(size, dtype=None)` and friends: self's dtype unless one is given. */
function newFactory(kind: 'zeros' | 'ones' | 'empty' | 'full') {
  return (self: Tensor, args: { positional: readonly PyValue[]; keyword: ReadonlyMap<string, PyValue> }): PyValue => {
    const fn = `new_${kind}`;
    const positional = kind === 'full' ? args.positional.slice(0, 1) : args.positional;
    const a = bind(fn, kind === 'full' ? [keywordOnly('fill_value'), keywordOnly('dtype')] : [keywordOnly('dtype')],
      { positional: [], keyword: withFill(args, kind) }, true);
    const shape = sizesFromArgs(fn, positional.length > 0 ? positional : [args.keyword.get('size') ?? { kind: 'tuple', items: [] }]);
    const dtype = a.dtype('dtype') ?? self.dtype;
    let result: Tensor;
    if (kind === 'zeros') result = zeros(shape, dtype);
    else if (kind === 'ones') result = full(shape, 1, dtype);
    else if (kind === 'empty') result = empty(shape, dtype);
    else result = full(shape, a.float('fill_value'), dtype);
    result.requiresGrad = requiresGradKeyword(args);
    return tensorResult(result);
  };
}

function withFill(args: { positional: readonly PyValue[]; keyword: ReadonlyMap<string, PyValue> }, kind: string): Map<string, PyValue> {
  const keyword = new Map(args.keyword);
  keyword.delete('size');
  if (kind === 'full' && args.positional.length > 1) keyword.set('fill_value', args.positional[1]);
  return keyword;
}

function scatterArgs(fn: string, args: { positional: readonly PyValue[]; keyword: ReadonlyMap<string, PyValue> }) {
  const a = bind(fn, [required('dim'), required('index'), optional('src'), keywordOnly('value'), keywordOnly('reduce')], args);
  const sourceValue = a.has('src') ? a.get('src') : a.has('value') ? a.get('value') : undefined;
  if (sourceValue === undefined) throw new PythonError('TypeError', `${fn}() missing required argument 'src'`);
  const source = sourceValue.kind === 'tensor' ? sourceValue.tensor : numberOf(sourceValue);
  if (source === undefined) throw new PythonError('TypeError', `${fn}() received an invalid combination of arguments`);
  let reduce: ScatterReduce = 'none';
  if (a.has('reduce')) {
    const name = a.str('reduce');
    if (name !== 'add' && name !== 'multiply') throw new PythonError('RuntimeError', `reduce argument must be either add or multiply. Got ${name}`);
    reduce = name;
  }
  return { dim: a.int('dim'), index: a.tensor('index'), source, reduce };
}

function maskedFillArgs(fn: string, args: { positional: readonly PyValue[]; keyword: ReadonlyMap<string, PyValue> }) {
  const a = bind(fn, [required('mask'), required('value')], args);
  return { mask: a.tensor('mask'), value: fillValue(a, 'value') };
}

export const VALUE_METHODS: MethodTable = {
  clone: (self, args) => {
    bind('clone', [keywordOnly('memory_format')], args);
    return tensorResult(cloneTensor(self));
  },
  detach: (self, args) => {
    bind('detach', [], args);
    return tensorResult(new Tensor(self.storage, self.dtype, self.shape, self.strides, self.offset));
  },
  detach_: (self, args) => {
    bind('detach_', [], args);
    self.gradFn = undefined;
    self.requiresGrad = false;
    return tensorResult(self);
  },
  requires_grad_: (self, args) => {
    const a = bind('requires_grad_', [optional('requires_grad', { kind: 'bool', value: true })], args);
    self.requiresGrad = a.bool('requires_grad');
    return tensorResult(self);
  },
  contiguous: (self, args) => {
    bind('contiguous', [keywordOnly('memory_format')], args);
    return tensorResult(self.isContiguous() ? self : cloneTensor(self));
  },
  cpu: (self, args) => {
    bind('cpu', [keywordOnly('memory_format')], args);
    return tensorResult(self);
  },
  cuda: (self, args) => {
    bind('cuda', [optional('device'), optional('non_blocking'), keywordOnly('memory_format')], args);
    return tensorResult(self);
  },
  numpy: () => {
    throw new Unsupported('NumPy arrays are not modelled');
  },
  to: toMethod,
  type: (self, args) => {
    const a = bind('type', [optional('dtype'), optional('non_blocking'), keywordOnly('memory_format')], args);
    if (!a.has('dtype')) return { kind: 'str', value: legacyTypeName(self.dtype) };
    const target = a.get('dtype');
    const dtype = target.kind === 'dtype' ? target.dtype : target.kind === 'str' ? DTYPE_BY_LEGACY_NAME[target.value] : undefined;
    if (dtype === undefined) throw new Unsupported(`type(${target.kind === 'str' ? target.value : target.kind}) is not modelled`);
    return tensorResult(dtype === self.dtype ? self : castTensor(self, dtype));
  },
  float: castMethod('float32'),
  double: castMethod('float64'),
  long: castMethod('int64'),
  int: castMethod('int32'),
  bool: castMethod('bool'),
  half: () => {
    throw new Unsupported('float16 tensors are not modelled');
  },
  item: (self, args) => {
    bind('item', [], args);
    return tensorItem(self);
  },
  tolist: (self, args) => {
    bind('tolist', [], args);
    return tensorToList(self);
  },
  fill_: (self, args) => tensorResult(fillInPlace(self, fillValue(bind('fill_', [required('value')], args), 'value'))),
  zero_: (self, args) => {
    bind('zero_', [], args);
    return tensorResult(fillInPlace(self, 0));
  },
  copy_: (self, args) => tensorResult(copyInPlace(self, bind('copy_', [required('src'), optional('non_blocking')], args).tensor('src'))),
  masked_fill_: (self, args) => {
    const { mask, value } = maskedFillArgs('masked_fill_', args);
    return tensorResult(maskedFillInPlace(self, mask, value));
  },
  masked_fill: (self, args) => {
    const { mask, value } = maskedFillArgs('masked_fill', args);
    return tensorResult(maskedFill(self, mask, value));
  },
  index_fill_: (self, args) => {
    const a = bind('index_fill_', [required('dim'), required('index'), required('value')], args);
    return tensorResult(indexFillInPlace(self, a.int('dim'), a.tensor('index'), fillValue(a, 'value')));
  },
  index_fill: (self, args) => {
    const a = bind('index_fill', [required('dim'), required('index'), required('value')], args);
    return tensorResult(indexFillInPlace(cloneTensor(self), a.int('dim'), a.tensor('index'), fillValue(a, 'value')));
  },
  scatter_: (self, args) => {
    const { dim, index, source, reduce } = scatterArgs('scatter_', args);
    return tensorResult(scatterInPlace(self, dim, index, source, reduce));
  },
  scatter: (self, args) => {
    const { dim, index, source, reduce } = scatterArgs('scatter', args);
    return tensorResult(scatter(self, dim, index, source, reduce));
  },
  scatter_add_: (self, args) => {
    const a = bind('scatter_add_', [required('dim'), required('index'), required('src')], args);
    return tensorResult(scatterAddInPlace(self, a.int('dim'), a.tensor('index'), a.tensor('src')));
  },
  scatter_add: (self, args) => {
    const a = bind('scatter_add', [required('dim'), required('index'), required('src')], args);
    return tensorResult(scatterAdd(self, a.int('dim'), a.tensor('index'), a.tensor('src')));
  },
  gather: (self, args) => {
    const a = bind('gather', [required('dim'), required('index'), keywordOnly('sparse_grad')], args);
    return tensorResult(gather(self, a.int('dim'), a.tensor('index')));
  },
  nonzero: (self, args) => {
    const a = bind('nonzero', [keywordOnly('as_tuple', { kind: 'bool', value: false })], args);
    if (a.bool('as_tuple')) return { kind: 'tuple', items: nonzeroTuple(self).map(tensorResult) };
    return tensorResult(nonzero(self));
  },
  masked_select: (self, args) => tensorResult(maskedSelect(self, bind('masked_select', [required('mask')], args).tensor('mask'))),
  index_select: (self, args) => {
    const a = bind('index_select', [required('dim'), required('index')], args);
    return tensorResult(indexSelect(self, a.int('dim'), a.tensor('index')));
  },
  backward: (_self, args) => {
    bind('backward', [optional('gradient'), optional('retain_graph'), optional('create_graph'), optional('inputs')], args);
    return { kind: 'none' };
  },
  retain_grad: (_self, args) => {
    bind('retain_grad', [], args);
    return { kind: 'none' };
  },
  new_zeros: newFactory('zeros'),
  new_ones: newFactory('ones'),
  new_empty: newFactory('empty'),
  new_full: newFactory('full'),
  new_tensor: (self, args) => {
    const a = bind('new_tensor', [required('data'), keywordOnly('dtype')], args, true);
    const result = tensorFromData(a.get('data'), a.dtype('dtype') ?? self.dtype);
    result.requiresGrad = requiresGradKeyword(args);
    return tensorResult(result);
  },
};
