// exp and log as PyTorch's CPU kernels evaluate them. Float32 exp is SLEEF's vectorized expf, bit for bit;
// float32 log is the correctly rounded value, which SLEEF's logf matches except for about one value in 200
// (by one unit in the last place, far below the 1e-6 the previews promise). Float64 uses the platform's libm.
import type { DType } from './dtype';
import { sleefExpf } from './sleefExpf';

export function expOf(x: number, dtype: DType): number {
  return dtype === 'float32' ? sleefExpf(x) : Math.exp(x);
}

export function logOf(x: number, dtype: DType): number {
  return dtype === 'float32' ? Math.fround(Math.log(x)) : Math.log(x);
}
