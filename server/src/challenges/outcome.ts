// Does a run of some code do what an outcome claims? A "run" is anything with prints, an error and warnings:
// our evaluator's Evaluation when the panel grades, or real PyTorch's recorded run when the tests check an
// answer key. One function for both, so the key the tests confirm is the key the panel applies.
import type { NumberTree, Outcome } from './challenge';

export interface RunLike {
  readonly prints: readonly { readonly text: string; readonly tensors: readonly { readonly values: readonly number[] }[] }[];
  readonly error?: { readonly type: string; readonly line: number };
  readonly warnings: readonly string[];
}

/**
 * How far a printed number may be from the number an option writes: options copy PyTorch's 4-decimal display,
 * so they are off by at most 5e-5; 1e-4 (relative above 1) accepts that and nothing a distractor should be.
 */
export const OUTPUT_TOLERANCE = 1e-4;

// A number as Python or PyTorch prints it (3, -0.5, 0.9250, 1e-05, inf, nan), not part of a word (float32).
const NUMBER = /(?<![\w.])[-+]?(?:\d+(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+(?:e[-+]?\d+)?|inf|nan)(?![\w.])/gi;

/** The numbers a run printed, in order: a print's tensor values when it printed tensors, else those in its text. */
export function printedNumbers(run: RunLike): number[] {
  return run.prints.flatMap(print => print.tensors.length
    ? print.tensors.flatMap(tensor => [...tensor.values])
    : (print.text.match(NUMBER) ?? []).map(Number));
}

export function flatten(tree: NumberTree): number[] {
  return typeof tree === 'number' ? [tree] : tree.flatMap(flatten);
}

function near(actual: number, expected: number): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return actual === expected;
  return Math.abs(actual - expected) <= OUTPUT_TOLERANCE * Math.max(1, Math.abs(expected));
}

/**
 * What in the run contradicts the claim (empty: the claim holds). A claim without `raises` says the code runs
 * to the end; `warns` and `line` are checked only when given.
 */
export function outcomeMismatches(run: RunLike, outcome: Outcome): string[] {
  const problems: string[] = [];
  const raises = outcome.raises ?? null;
  if (raises === null && run.error) problems.push(`it raises ${run.error.type} at line ${run.error.line}`);
  if (raises !== null && run.error?.type !== raises) problems.push(run.error ? `it raises ${run.error.type}, not ${raises}` : `it raises no ${raises}`);
  if (outcome.line !== undefined && run.error && run.error.line !== outcome.line) problems.push(`it raises at line ${run.error.line}, not ${outcome.line}`);
  if (outcome.output !== undefined) {
    const expected = flatten(outcome.output);
    const actual = printedNumbers(run);
    if (actual.length !== expected.length) problems.push(`it prints ${actual.length} numbers, not ${expected.length}`);
    else {
      const wrong = expected.findIndex((value, i) => !near(actual[i], value));
      if (wrong >= 0) problems.push(`printed number #${wrong + 1} is ${actual[wrong]}, not ${expected[wrong]}`);
    }
  }
  if (outcome.printed !== undefined) {
    const printed = run.prints.map(print => print.text).join('\n');
    if (printed !== outcome.printed) problems.push(`it prints ${JSON.stringify(printed)}, not ${JSON.stringify(outcome.printed)}`);
  }
  if (outcome.warns !== undefined && (run.warnings.length > 0) !== outcome.warns) {
    problems.push(outcome.warns ? 'it issues no warning' : `it warns: ${run.warnings[0].split('\n')[0]}`);
  }
  return problems;
}

export function outcomeHolds(run: RunLike, outcome: Outcome): boolean {
  return outcomeMismatches(run, outcome).length === 0;
}
