// Tensor methods that reshape or view: view, reshape, transpose, unsqueeze, expand, size, …
import { PythonError, type PyValue, tensorValue, Unsupported } from '../../evaluator/values';
import { contiguousStrides, shapeNumel, type Tensor, tensorFromValues, readValues, unknownReason } from '../tensor';
import { wrapDim } from '../shape';
import { checkElementCount } from '../limits';
import { expand, flatten, matrixTranspose, permute, reshape, select, sliceDim, squeeze, transpose, unsqueeze, view } from '../views';
import { bind, optional, pythonTypeName, required, sizesFromArgs } from './args';
import type { NativeTable } from './creationFunctions';
import type { MethodTable } from './methodTypes';

const tensorResult = (t: Tensor): PyValue => tensorValue(t);

export const SHAPE_METHODS: MethodTable = {
  view: (self, args) => {
    if (args.positional.length === 1 && args.positional[0].kind === 'dtype') throw new Unsupported('view(dtype) reinterprets memory and is not modelled');
    return tensorResult(view(self, sizesFromArgs('view', args.positional)));
  },
  reshape: (self, args) => tensorResult(reshape(self, sizesFromArgs('reshape', args.positional))),
  view_as: (self, args) => tensorResult(view(self, bind('view_as', [required('other')], args).tensor('other').shape)),
  reshape_as: (self, args) => tensorResult(reshape(self, bind('reshape_as', [required('other')], args).tensor('other').shape)),
  flatten: (self, args) => {
    const a = bind('flatten', [optional('start_dim', { kind: 'int', value: 0 }), optional('end_dim', { kind: 'int', value: -1 })], args);
    return tensorResult(flatten(self, a.int('start_dim'), a.int('end_dim')));
  },
  transpose: (self, args) => {
    const a = bind('transpose', [required('dim0'), required('dim1')], args);
    return tensorResult(transpose(self, a.int('dim0'), a.int('dim1')));
  },
  swapaxes: (self, args) => {
    const a = bind('swapaxes', [required('axis0'), required('axis1')], args);
    return tensorResult(transpose(self, a.int('axis0'), a.int('axis1')));
  },
  t: (self, args) => {
    bind('t', [], args);
    return tensorResult(matrixTranspose(self));
  },
  permute: (self, args) => tensorResult(permute(self, sizesFromArgs('permute', args.positional.length > 0 ? args.positional : [args.keyword.get('dims') ?? { kind: 'tuple', items: [] }]))),
  unsqueeze: (self, args) => tensorResult(unsqueeze(self, bind('unsqueeze', [required('dim')], args).int('dim'))),
  squeeze: (self, args) => {
    const a = bind('squeeze', [optional('dim')], args);
    return tensorResult(squeeze(self, a.optionalInt('dim')));
  },
  expand: (self, args) => tensorResult(expand(self, sizesFromArgs('expand', args.positional))),
  expand_as: (self, args) => tensorResult(expand(self, bind('expand_as', [required('other')], args).tensor('other').shape)),
  size: (self, args) => {
    const a = bind('size', [optional('dim')], args);
    if (!a.has('dim')) return { kind: 'size', dims: [...self.shape] };
    const d = wrapDim(a.int('dim'), self.ndim);
    if (self.ndim === 0) throw new PythonError('IndexError', 'dimension specified as 0 but tensor has no dimensions');
    return { kind: 'int', value: self.shape[d] };
  },
  dim: (self, args) => {
    bind('dim', [], args);
    return { kind: 'int', value: self.ndim };
  },
  ndimension: (self, args) => {
    bind('ndimension', [], args);
    return { kind: 'int', value: self.ndim };
  },
  numel: (self, args) => {
    bind('numel', [], args);
    return { kind: 'int', value: self.numel };
  },
  nelement: (self, args) => {
    bind('nelement', [], args);
    return { kind: 'int', value: self.numel };
  },
  select: (self, args) => {
    const a = bind('select', [required('dim'), required('index')], args);
    return tensorResult(select(self, a.int('dim'), a.int('index')));
  },
  narrow: (self, args) => {
    const a = bind('narrow', [required('dim'), required('start'), required('length')], args);
    const d = wrapDim(a.int('dim'), self.ndim);
    const size = self.shape[d];
    const start = a.int('start') < 0 ? a.int('start') + size : a.int('start');
    const length = a.int('length');
    if (start < 0 || start > size) throw new PythonError('IndexError', `start out of range (expected to be in range of [${-size}, ${size}], but got ${a.int('start')})`);
    if (start + length > size) throw new PythonError('RuntimeError', `start (${start}) + length (${length}) exceeds dimension size (${size}).`);
    return tensorResult(sliceDim(self, d, start, start + length, 1));
  },
  unbind: (self, args) => {
    const d = wrapDim(bind('unbind', [optional('dim', { kind: 'int', value: 0 })], args).int('dim'), self.ndim);
    return { kind: 'tuple', items: Array.from({ length: self.shape[d] }, (_, i) => tensorResult(select(self, d, i))) };
  },
  chunk: (self, args) => {
    const a = bind('chunk', [required('chunks'), optional('dim', { kind: 'int', value: 0 })], args);
    const d = wrapDim(a.int('dim'), self.ndim);
    const chunks = a.int('chunks');
    if (chunks <= 0) throw new PythonError('RuntimeError', `chunk expects \`chunks\` to be greater than 0, got: ${chunks}`);
    const step = Math.ceil(self.shape[d] / chunks);
    return splitBy(self, d, step);
  },
  split: (self, args) => {
    const a = bind('split', [required('split_size'), optional('dim', { kind: 'int', value: 0 })], args);
    const d = wrapDim(a.int('dim'), self.ndim);
    const sizes = a.intList('split_size');
    if (a.get('split_size').kind === 'int') return splitBy(self, d, sizes[0]);
    if (sizes.reduce((x, y) => x + y, 0) !== self.shape[d]) {
      throw new PythonError('RuntimeError', `split_with_sizes expects split_sizes to sum exactly to ${self.shape[d]} (input tensor's size at dimension ${d}), but got split_sizes=[${sizes.join(', ')}]`);
    }
    let start = 0;
    return { kind: 'tuple', items: sizes.map(size => tensorResult(sliceDim(self, d, start, (start += size), 1))) };
  },
  repeat: (self, args) => tensorResult(repeat(self, sizesFromArgs('repeat', args.positional))),
  flip: (self, args) => {
    const dims = args.keyword.get('dims');
    if (dims && (dims.kind !== 'list' && dims.kind !== 'tuple')) throw new PythonError('TypeError', `flip(): argument 'dims' must be tuple of ints, not ${pythonTypeName(dims)}`);
    const given = dims ? [dims] : args.positional;
    if (given.length === 0) throw new PythonError('TypeError', 'flip() missing 1 required positional arguments: "dims"');
    return tensorResult(flip(self, sizesFromArgs('flip', given)));
  },
};

/** torch.flip(input, dims): dims must be a sequence here (the method also takes them one by one). */
export const SHAPE_FUNCTIONS: NativeTable = {
  flip: args => {
    const a = bind('flip', [required('input'), required('dims')], args);
    const dims = a.get('dims');
    if (dims.kind !== 'list' && dims.kind !== 'tuple') throw new PythonError('TypeError', `flip(): argument 'dims' (position 2) must be tuple of ints, not ${pythonTypeName(dims)}`);
    return tensorResult(flip(a.tensor('input'), sizesFromArgs('flip', [dims])));
  },
};

/** `t.flip(dims)`: a copy with the order of the elements reversed along each of `dims` (mixup's `y.flip(0)`). */
function flip(t: Tensor, dims: readonly number[]): Tensor {
  const flipped = new Set<number>();
  for (const dim of dims) {
    const d = wrapDim(dim, t.ndim);
    if (flipped.has(d)) throw new PythonError('RuntimeError', `dim ${d} appears multiple times in the list of dims`);
    flipped.add(d);
  }
  const strides = contiguousStrides(t.shape);
  const out = gatherRowMajor(t.shape, readValues(t), (d, coordinate) => (flipped.has(d) ? t.shape[d] - 1 - coordinate : coordinate) * strides[d]);
  return tensorFromValues(t.dtype, t.shape, out, unknownReason(t));
}

function splitBy(t: Tensor, dim: number, step: number): PyValue {
  if (step <= 0) throw new PythonError('RuntimeError', `split expects split_size be non-negative, but got split_size=${step}`);
  const items: PyValue[] = [];
  for (let start = 0; start < t.shape[dim] || (start === 0 && t.shape[dim] === 0); start += step) {
    items.push(tensorResult(sliceDim(t, dim, start, start + step, 1)));
    if (t.shape[dim] === 0) break;
  }
  return { kind: 'tuple', items };
}

/**
 * A row-major array of `shape` whose element at coordinates (c0, c1, …) is `source[Σ offsetOf(d, c_d)]`: the
 * copies that flip and repeat make, each saying where a coordinate comes from.
 */
function gatherRowMajor(shape: readonly number[], source: Float64Array, offsetOf: (dim: number, coordinate: number) => number): Float64Array {
  const strides = contiguousStrides(shape);
  const out = new Float64Array(shapeNumel(shape));
  for (let i = 0; i < out.length; i++) {
    let rest = i;
    let sourceIndex = 0;
    for (let d = 0; d < shape.length; d++) {
      const coordinate = Math.floor(rest / strides[d]);
      rest -= coordinate * strides[d];
      sourceIndex += offsetOf(d, coordinate);
    }
    out[i] = source[sourceIndex];
  }
  return out;
}

/** `t.repeat(*sizes)`: tiles the tensor (a copy). */
function repeat(t: Tensor, repeats: readonly number[]): Tensor {
  if (repeats.length < t.ndim) {
    throw new PythonError('RuntimeError', 'Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor');
  }
  const padded = [...Array<number>(repeats.length - t.ndim).fill(1), ...t.shape];
  const shape = padded.map((size, d) => size * repeats[d]);
  checkElementCount(shapeNumel(shape));
  const sourceStrides = contiguousStrides(padded);
  const out = gatherRowMajor(shape, readValues(t), (d, coordinate) => (coordinate % padded[d]) * sourceStrides[d]);
  return tensorFromValues(t.dtype, shape, out, unknownReason(t));
}
