// Previews evaluate tensors in the editor process, so every allocation is bounded before it happens, and the
// elements one run of code allocates are bounded in all.
import { Unsupported } from '../evaluator/values';

/** The most elements one tensor may have in a preview. */
export const MAX_PREVIEW_ELEMENTS = 1_000_000;

/**
 * The most elements the tensors one run of code creates may have in all (new storages: results, intermediates
 * and copies, not views): 128 MB of doubles, which the wall-clock budget would rarely let code reach anyway
 * (an operation costs a few nanoseconds per element). Without it, 300 lines of `torch.ones(1000, 1000)` took
 * the process past 8 GB.
 */
export const MAX_RUN_ELEMENTS = 16_000_000;

/** Throws `Unsupported` (no preview, not a user error) when `count` elements would exceed the limit. */
export function checkElementCount(count: number): void {
  if (count > MAX_PREVIEW_ELEMENTS) {
    throw new Unsupported(`a tensor of ${describeCount(count)} elements is over the preview limit of ${MAX_PREVIEW_ELEMENTS.toLocaleString('en-US')}`);
  }
}

/** Elements created in the run under way, and how many it may create (none is under way: no bound). */
let runElements = 0;
let runAllowance = Infinity;

/** Counts a new storage of `count` elements against the run's allowance; throws `Unsupported` past it. */
export function countNewElements(count: number): void {
  if (runElements + count > runAllowance) {
    throw new Unsupported(`the code creates tensors of more than ${runAllowance.toLocaleString('en-US')} elements in all, the previews' limit`);
  }
  runElements += count;
}

/** Runs `run` with at most `allowance` new tensor elements; `created` is told how many it created (also when it throws). */
export function withElementAllowance(allowance: number, run: () => void, created: (elements: number) => void): void {
  const outer = { elements: runElements, allowance: runAllowance };
  runElements = 0;
  runAllowance = allowance;
  try {
    run();
  } finally {
    created(runElements);
    runElements = outer.elements + runElements;
    runAllowance = outer.allowance;
  }
}

/** 1000000000000 → "10^12"; other counts with thousands separators. */
function describeCount(count: number): string {
  const exponent = Math.round(Math.log10(count));
  if (exponent >= 7 && 10 ** exponent === count) return `10^${exponent}`;
  return count.toLocaleString('en-US');
}
