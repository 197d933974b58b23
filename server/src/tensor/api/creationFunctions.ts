// torch.tensor, torch.zeros, torch.arange… and the *_like factories, plus torch.cat / torch.stack.
import { type CallArgs, PythonError, type PyValue, tensorValue, Unsupported } from '../../evaluator/values';
import { arange, empty, eye, fillValueDtype, full, linspace, tensorFromData, zeros } from '../creation';
import { DEFAULT_FLOAT, type DType, isFloating, promoteTypes } from '../dtype';
import { checkElementCount } from '../limits';
import { formatSizes, wrapDim } from '../shape';
import { readValues, shapeNumel, type Tensor, tensorFromValues, unknownReasonOf } from '../tensor';
import { unsqueeze } from '../views';
import { bind, checkDevice, keywordOnly, numberOf, optional, pythonTypeName, required, requiresGradKeyword, sizesFromArgs } from './args';
import { rand, randn } from '../random/randomTensors';

export type NativeTable = Record<string, (args: CallArgs) => PyValue>;

function withGrad(t: Tensor, args: CallArgs): PyValue {
  checkDevice(args);
  if (requiresGradKeyword(args)) {
    if (!isFloating(t.dtype)) throw new PythonError('RuntimeError', 'Only Tensors of floating point and complex dtype can require gradients');
    t.requiresGrad = true;
  }
  return tensorValue(t);
}

/** `zeros(*size, dtype=None, …)`-style factories. */
function sizeFactory(name: string, make: (shape: number[], dtype: DType | undefined) => Tensor) {
  return (args: CallArgs): PyValue => {
    if (args.keyword.has('generator')) throw new Unsupported('an explicit torch.Generator is not modelled');
    const a = bind(name, [keywordOnly('dtype'), keywordOnly('out'), keywordOnly('size')], { positional: [], keyword: args.keyword }, true);
    if (a.has('out')) throw new PythonError('TypeError', `${name}() out= is not supported by the preview`);
    const positional = args.positional.length > 0 ? args.positional : a.has('size') ? [a.get('size')] : [];
    return withGrad(make(sizesFromArgs(name, positional), a.dtype('dtype')), args);
  };
}

function likeFactory(name: string, make: (like: Tensor, dtype: DType, a: ReturnType<typeof bind>) => Tensor, extra: ReturnType<typeof required>[] = []) {
  return (args: CallArgs): PyValue => {
    const a = bind(name, [required('input'), ...extra, keywordOnly('dtype'), keywordOnly('memory_format')], args, true);
    const like = a.tensor('input');
    return withGrad(make(like, a.dtype('dtype') ?? like.dtype, a), args);
  };
}

/** The dtype torch.arange infers: float32 if any bound is a float, else int64. */
function arangeDtype(values: readonly PyValue[]): DType {
  return values.some(value => value.kind === 'float' || (value.kind === 'tensor' && (value.tensor.dtype === 'float32' || value.tensor.dtype === 'float64')))
    ? DEFAULT_FLOAT : 'int64';
}

function numberArg(fn: string, name: string, value: PyValue): number {
  const x = numberOf(value);
  if (x === undefined) throw new PythonError('TypeError', `${fn}(): argument '${name}' must be Number, not ${pythonTypeName(value)}`);
  return x;
}

function tensorList(fn: string, value: PyValue): Tensor[] {
  if (value.kind !== 'list' && value.kind !== 'tuple') throw new PythonError('TypeError', `${fn}(): argument 'tensors' (position 1) must be tuple of Tensors, not ${pythonTypeName(value)}`);
  return value.items.map((item, i) => {
    if (item.kind !== 'tensor') throw new PythonError('TypeError', `expected Tensor as element ${i} in argument 0, but got ${pythonTypeName(item)}`);
    return item.tensor;
  });
}

/** torch.cat: tensors agree except along dim; 1-D empty tensors are skipped as in PyTorch. */
function concatenate(tensors: readonly Tensor[], dim: number): Tensor {
  if (tensors.length === 0) throw new PythonError('RuntimeError', 'torch.cat(): expected a non-empty list of Tensors');
  const parts = tensors.filter(t => !(t.ndim === 1 && t.numel === 0));
  if (parts.length === 0) return tensors[0];
  const reference = parts[0];
  if (reference.ndim === 0) throw new PythonError('RuntimeError', 'zero-dimensional tensor (at position 0) cannot be concatenated');
  const d = wrapDim(dim, reference.ndim);
  parts.forEach((t, i) => {
    if (t.ndim !== reference.ndim) throw new PythonError('RuntimeError', `Tensors must have same number of dimensions: got ${reference.ndim} and ${t.ndim}`);
    t.shape.forEach((size, k) => {
      if (k !== d && size !== reference.shape[k]) {
        throw new PythonError('RuntimeError', `Sizes of tensors must match except in dimension ${d}. Expected size ${reference.shape[k]} but got size ${size} for tensor number ${i} in the list.`);
      }
    });
  });
  const dtype = parts.map(t => t.dtype).reduce(promoteTypes);
  const shape = [...reference.shape];
  shape[d] = parts.reduce((n, t) => n + t.shape[d], 0);
  checkElementCount(shapeNumel(shape));
  const out = new Float64Array(shapeNumel(shape));
  const outer = shape.slice(0, d).reduce((a, b) => a * b, 1);
  const inner = shape.slice(d + 1).reduce((a, b) => a * b, 1);
  let next = 0;
  const values = parts.map(readValues);
  for (let o = 0; o < outer; o++) {
    parts.forEach((t, i) => {
      const block = t.shape[d] * inner;
      out.set(values[i].subarray(o * block, (o + 1) * block), next);
      next += block;
    });
  }
  return tensorFromValues(dtype, shape, out, unknownReasonOf(...parts));
}

export const CREATION_FUNCTIONS: NativeTable = {
  tensor: args => {
    const a = bind('tensor', [required('data'), keywordOnly('dtype')], args, true);
    return withGrad(tensorFromData(a.get('data'), a.dtype('dtype')), args);
  },
  as_tensor: args => {
    const a = bind('as_tensor', [required('data'), optional('dtype')], args, true);
    const data = a.get('data');
    const dtype = a.dtype('dtype');
    if (data.kind === 'tensor' && (dtype === undefined || dtype === data.tensor.dtype)) return data;
    return tensorValue(tensorFromData(data, dtype));
  },
  zeros: sizeFactory('zeros', (shape, dtype) => zeros(shape, dtype)),
  ones: sizeFactory('ones', (shape, dtype) => full(shape, 1, dtype ?? DEFAULT_FLOAT)),
  empty: sizeFactory('empty', (shape, dtype) => empty(shape, dtype)),
  randn: sizeFactory('randn', (shape, dtype) => randn(shape, dtype ?? DEFAULT_FLOAT)),
  rand: sizeFactory('rand', (shape, dtype) => rand(shape, dtype ?? DEFAULT_FLOAT)),
  full: args => {
    const a = bind('full', [required('size'), required('fill_value'), keywordOnly('dtype')], args, true);
    const sizeValue = a.get('size');
    if (sizeValue.kind !== 'tuple' && sizeValue.kind !== 'list' && sizeValue.kind !== 'size') {
      throw new PythonError('TypeError', `full(): argument 'size' (position 1) must be tuple of SymInts, not ${pythonTypeName(sizeValue)}`);
    }
    const fill = a.scalar('fill_value');
    const value = typeof fill.value === 'boolean' ? (fill.value ? 1 : 0) : fill.value;
    return withGrad(full(sizesFromArgs('full', [sizeValue]), value, a.dtype('dtype') ?? fillValueDtype(fill.kind)), args);
  },
  arange: args => {
    const a = bind('arange', [optional('start'), optional('end'), optional('step'), keywordOnly('dtype')], args, true);
    const given = ['start', 'end', 'step'].filter(name => a.has(name)).map(name => a.get(name));
    let start = 0;
    let end: number;
    let step = 1;
    if (given.length === 1 && !args.keyword.has('end')) {
      end = numberArg('arange', 'end', a.get('start'));
    } else {
      start = a.has('start') ? numberArg('arange', 'start', a.get('start')) : 0;
      if (!a.has('end')) throw new PythonError('TypeError', 'arange() missing required argument \'end\'');
      end = numberArg('arange', 'end', a.get('end'));
      if (a.has('step')) step = numberArg('arange', 'step', a.get('step'));
    }
    return withGrad(arange(start, end, step, a.dtype('dtype') ?? arangeDtype(given)), args);
  },
  linspace: args => {
    const a = bind('linspace', [required('start'), required('end'), required('steps'), keywordOnly('dtype')], args, true);
    return withGrad(linspace(a.float('start'), a.float('end'), a.int('steps'), a.dtype('dtype') ?? DEFAULT_FLOAT), args);
  },
  eye: args => {
    const a = bind('eye', [required('n'), optional('m'), keywordOnly('dtype')], args, true);
    const n = a.int('n');
    return withGrad(eye(n, a.optionalInt('m') ?? n, a.dtype('dtype') ?? DEFAULT_FLOAT), args);
  },
  zeros_like: likeFactory('zeros_like', (like, dtype) => zeros(like.shape, dtype)),
  ones_like: likeFactory('ones_like', (like, dtype) => full(like.shape, 1, dtype)),
  empty_like: likeFactory('empty_like', (like, dtype) => empty(like.shape, dtype)),
  rand_like: likeFactory('rand_like', (like, dtype) => rand(like.shape, dtype)),
  randn_like: likeFactory('randn_like', (like, dtype) => randn(like.shape, dtype)),
  full_like: likeFactory('full_like', (like, dtype, a) => full(like.shape, a.float('fill_value'), dtype), [required('fill_value')]),
  cat: args => {
    const a = bind('cat', [required('tensors'), optional('dim', { kind: 'int', value: 0 })], args);
    return tensorValue(concatenate(tensorList('cat', a.get('tensors')), a.int('dim')));
  },
  concat: args => {
    const a = bind('concat', [required('tensors'), optional('dim', { kind: 'int', value: 0 })], args);
    return tensorValue(concatenate(tensorList('concat', a.get('tensors')), a.int('dim')));
  },
  stack: args => {
    const a = bind('stack', [required('tensors'), optional('dim', { kind: 'int', value: 0 })], args);
    const tensors = tensorList('stack', a.get('tensors'));
    if (tensors.length === 0) throw new PythonError('RuntimeError', 'stack expects a non-empty TensorList');
    tensors.forEach((t, i) => {
      if (t.ndim !== tensors[0].ndim || t.shape.some((size, k) => size !== tensors[0].shape[k])) {
        throw new PythonError('RuntimeError', `stack expects each tensor to be equal size, but got ${formatSizes(tensors[0].shape)} at entry 0 and ${formatSizes(t.shape)} at entry ${i}`);
      }
    });
    const d = wrapDim(a.int('dim'), tensors[0].ndim + 1);
    return tensorValue(concatenate(tensors.map(t => unsqueeze(t, d)), d));
  },
};
