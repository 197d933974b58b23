// Random tensors from the default generator, drawn in the order PyTorch's CPU kernels draw them:
// randn below 16 elements uses Box–Muller in double precision per element (caching the sine half); 16 or more
// contiguous float32 values use the AVX2 normal_fill (uniform floats, then blocks of 16 Box–Muller pairs in
// single precision). Without a known generator state the tensor has its shape but unknown values.
import { type DType } from '../dtype';
import { checkElementCount } from '../limits';
import { checkCreationSizes } from '../shape';
import { shapeNumel, type Tensor, tensorFromValues, unknownTensor, writeValues } from '../tensor';
import { cephesLogf, cephesSinCosf } from './avxMathFun';
import { permute } from '../views';
import { defaultGenerator } from './generator';

const f = Math.fround;

function generated(shape: readonly number[], dtype: DType, draw: (count: number) => Float64Array): Tensor {
  checkCreationSizes(shape);
  checkElementCount(shapeNumel(shape));
  const count = shapeNumel(shape);
  if (!defaultGenerator.known) return unknownTensor(dtype, shape, defaultGenerator.unknownReason ?? 'random values');
  return tensorFromValues(dtype, shape, draw(count));
}

/** torch.randn / normal_: `count` normal samples for a contiguous tensor of `dtype`. */
export function normalValues(count: number, dtype: DType, mean: number, std: number, contiguous = true): Float64Array {
  const values = new Float64Array(count);
  if (count < 16 || !contiguous) {
    for (let i = 0; i < count; i++) values[i] = defaultGenerator.normalDouble(mean, std);
    return values;
  }
  const single = dtype === 'float32';
  const draw = () => (single ? defaultGenerator.uniformFloat() : defaultGenerator.uniformDouble());
  for (let i = 0; i < count; i++) values[i] = draw();
  const fill16 = single ? normalFill16Float : normalFill16Double;
  for (let i = 0; i + 16 <= count; i += 16) fill16(values, i, mean, std);
  if (count % 16 !== 0) {
    // PyTorch redraws the last 16 values and transforms them together.
    const start = count - 16;
    for (let i = 0; i < 16; i++) values[start + i] = draw();
    fill16(values, start, mean, std);
  }
  return values;
}

function normalFill16Float(data: Float64Array, start: number, mean: number, std: number): void {
  const twoPi = f(2 * Math.PI);
  const meanF = f(mean);
  const stdF = f(std);
  for (let j = 0; j < 8; j++) {
    const u1 = f(1 - data[start + j]);
    const u2 = data[start + j + 8];
    const radius = f(Math.sqrt(f(-2 * cephesLogf(u1))));
    const theta = f(twoPi * u2);
    const { sin, cos } = cephesSinCosf(theta);
    data[start + j] = f(f(radius * cos) * stdF + meanF);
    data[start + j + 8] = f(f(radius * sin) * stdF + meanF);
  }
}

function normalFill16Double(data: Float64Array, start: number, mean: number, std: number): void {
  for (let j = 0; j < 8; j++) {
    const u1 = 1 - data[start + j];
    const u2 = data[start + j + 8];
    const radius = Math.sqrt(-2 * Math.log(u1));
    const theta = 2 * Math.PI * u2;
    data[start + j] = radius * Math.cos(theta) * std + mean;
    data[start + j + 8] = radius * Math.sin(theta) * std + mean;
  }
}

/** Uniform samples in [from, to): 24 random bits per float32, 53 per float64. */
export function uniformValues(count: number, dtype: DType, from: number, to: number): Float64Array {
  const values = new Float64Array(count);
  if (dtype === 'float32') {
    const lo = f(from);
    const span = f(f(to) - lo);
    for (let i = 0; i < count; i++) values[i] = f(f(defaultGenerator.uniformFloat() * span) + lo);
  } else {
    for (let i = 0; i < count; i++) values[i] = defaultGenerator.uniformDouble() * (to - from) + from;
  }
  return values;
}

export function randn(shape: readonly number[], dtype: DType = 'float32'): Tensor {
  return generated(shape, dtype, count => normalValues(count, dtype, 0, 1));
}

/** torch.normal(mean, std, size) with number parameters. */
export function normal(shape: readonly number[], dtype: DType, mean: number, std: number): Tensor {
  return generated(shape, dtype, count => normalValues(count, dtype, mean, std));
}

export function rand(shape: readonly number[], dtype: DType = 'float32'): Tensor {
  return generated(shape, dtype, count => uniformValues(count, dtype, 0, 1));
}

/** torch.randint(low, high, size): (random bits mod range) + low, with 64 random bits for ranges ≥ 2^32. */
export function randint(low: number, high: number, shape: readonly number[], dtype: DType = 'int64'): Tensor {
  const range = high - low;
  return generated(shape, dtype, count => {
    const values = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      values[i] = range >= 2 ** 32
        ? Number(defaultGenerator.random64() % BigInt(range)) + low
        : (defaultGenerator.random() % range) + low;
    }
    return values;
  });
}

/** torch.randperm(n): the Fisher–Yates swaps of ATen's randperm_cpu. */
export function randperm(n: number, dtype: DType = 'int64'): Tensor {
  return generated([n], dtype, count => {
    const values = Float64Array.from({ length: count }, (_, i) => i);
    for (let i = 0; i < count - 1; i++) {
      const z = defaultGenerator.random() % (count - i);
      const saved = values[i];
      values[i] = values[z + i];
      values[z + i] = saved;
    }
    return values;
  });
}

function inMemoryOrder(t: Tensor): Tensor {
  const order = t.shape.map((_, d) => d).sort((a, b) => t.strides[b] - t.strides[a] || a - b);
  return permute(t, order);
}

/** `t.normal_(mean, std)` / `t.uniform_(from, to)` in place. */
export function fillRandomInPlace(t: Tensor, kind: 'normal' | 'uniform', a: number, b: number): Tensor {
  if (!defaultGenerator.known) {
    writeValues(t, new Float64Array(t.numel), defaultGenerator.unknownReason ?? 'random values');
    return t;
  }
  const values = kind === 'normal' ? normalValues(t.numel, t.dtype, a, b, t.isContiguous()) : uniformValues(t.numel, t.dtype, a, b);
  // TensorIterator visits the elements in memory order (dims sorted by stride), so the draws land in that order.
  writeValues(inMemoryOrder(t), values);
  return t;
}
