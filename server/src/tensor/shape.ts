// Shape arithmetic shared by the operations: dimension wrapping, broadcasting and `-1` inference, each raising
// PyTorch's own error for bad input.
import { PythonError } from '../evaluator/values';

/** `[3, 4]`, as PyTorch's messages print sizes. */
export function formatSizes(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** `(3, 4)`, `(0,)`: Python's repr of a tuple of ints. */
export function formatTupleOfInts(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** Turns a possibly negative dim into 0…ndim−1 (a 0-dim tensor accepts 0 and −1), else PyTorch's IndexError. */
export function wrapDim(dim: number, ndim: number): number {
  const rank = Math.max(ndim, 1);
  if (dim < -rank || dim >= rank) {
    throw new PythonError('IndexError', `Dimension out of range (expected to be in range of [${-rank}, ${rank - 1}], but got ${dim})`);
  }
  return dim < 0 ? dim + rank : dim;
}

/** Broadcasts shapes left to right as TensorIterator does (`a` is what has been combined so far). */
export function broadcastShapes(...shapes: readonly (readonly number[])[]): number[] {
  let result: number[] = [];
  shapes.forEach((shape, i) => {
    result = i === 0 ? [...shape] : broadcastPair(result, shape);
  });
  return result;
}

function broadcastPair(a: readonly number[], b: readonly number[]): number[] {
  const ndim = Math.max(a.length, b.length);
  const result = new Array<number>(ndim);
  for (let i = ndim - 1; i >= 0; i--) {
    const offset = ndim - 1 - i;
    const sizeA = a.length - 1 - offset >= 0 ? a[a.length - 1 - offset] : 1;
    const sizeB = b.length - 1 - offset >= 0 ? b[b.length - 1 - offset] : 1;
    if (sizeA !== sizeB && sizeA !== 1 && sizeB !== 1) {
      throw new PythonError('RuntimeError', `The size of tensor a (${sizeA}) must match the size of tensor b (${sizeB}) at non-singleton dimension ${i}`);
    }
    result[i] = sizeA === 1 ? sizeB : sizeA;
  }
  return result;
}

/** Resolves one `-1` in a requested shape for `numel` elements (view, reshape). */
export function inferSize(requested: readonly number[], numel: number): number[] {
  let inferred = -1;
  let product = 1;
  requested.forEach((size, d) => {
    if (size === -1) {
      if (inferred >= 0) throw new PythonError('RuntimeError', 'only one dimension can be inferred');
      inferred = d;
    } else if (size >= 0) {
      product *= size;
    } else {
      throw new PythonError('RuntimeError', `invalid shape dimension ${size}`);
    }
  });
  const shape = [...requested];
  const invalid = () => new PythonError('RuntimeError', `shape '${formatSizes(requested)}' is invalid for input of size ${numel}`);
  if (inferred >= 0) {
    if (product === 0) {
      throw new PythonError('RuntimeError', `cannot reshape tensor of 0 elements into shape ${formatSizes(requested)} because the unspecified dimension size -1 can be any value and is ambiguous`);
    }
    if (numel % product !== 0) throw invalid();
    shape[inferred] = numel / product;
  } else if (product !== numel) {
    throw invalid();
  }
  return shape;
}

/** Sizes must be non-negative when creating a tensor. */
export function checkCreationSizes(shape: readonly number[]): void {
  for (const size of shape) {
    if (size < 0) throw new PythonError('RuntimeError', `Trying to create tensor with negative dimension ${size}: ${formatSizes(shape)}`);
  }
}
