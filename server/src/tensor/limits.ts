// Previews evaluate tensors in the editor process, so every allocation is bounded before it happens.
import { Unsupported } from '../evaluator/values';

/** The most elements one tensor may have in a preview. */
export const MAX_PREVIEW_ELEMENTS = 1_000_000;

/** Throws `Unsupported` (no preview, not a user error) when `count` elements would exceed the limit. */
export function checkElementCount(count: number): void {
  if (count > MAX_PREVIEW_ELEMENTS) {
    throw new Unsupported(`a tensor of ${describeCount(count)} elements is over the preview limit of ${MAX_PREVIEW_ELEMENTS.toLocaleString('en-US')}`);
  }
}

/** 1000000000000 → "10^12"; other counts with thousands separators. */
function describeCount(count: number): string {
  const exponent = Math.round(Math.log10(count));
  if (exponent >= 7 && 10 ** exponent === count) return `10^${exponent}`;
  return count.toLocaleString('en-US');
}
