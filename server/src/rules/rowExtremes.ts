// A row's largest and smallest values, by a loop: `Math.max(...row)` passes every value as an argument, and a
// vocabulary-wide row (128,000 classes) overflows the stack.

export function rowMaximum(row: readonly number[]): number {
  let peak = -Infinity;
  for (const v of row) if (v > peak) peak = v;
  return peak;
}

export function rowMinimum(row: readonly number[]): number {
  let low = Infinity;
  for (const v of row) if (v < low) low = v;
  return low;
}
