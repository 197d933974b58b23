// The rules that hold an evaluation to PyTorch's goldens. Each function returns the differences it finds, as
// readable lines (empty when the two agree), so a failing snippet shows every difference at once.
import type { GoldenError, GoldenImplied, GoldenPrint, GoldenSnippet, GoldenTensor } from './goldens';

/** Values agree when |actual − expected| ≤ TOLERANCE · max(1, |expected|); ±Infinity and NaN must match exactly. */
export const TOLERANCE = 1e-6;

/** The evaluator's side, structurally (server/src/evaluator/evaluate.ts has the real types). */
export interface TensorLike { shape: readonly number[]; dtype: string; values: readonly number[] }
export interface PrintLike { text: string; tensors: readonly TensorLike[] }
export interface ErrorLike { type: string; message: string; line: number }
export interface EvaluationLike {
  prints: readonly PrintLike[];
  error?: ErrorLike;
  warnings: readonly string[];
  implied?: (lossVariable: string, logProbVariable: string) => TensorLike | undefined;
}

export function closeEnough(actual: number, expected: number): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected)) return actual === expected;
  if (!Number.isFinite(actual)) return false;
  return Math.abs(actual - expected) <= TOLERANCE * Math.max(1, Math.abs(expected));
}

// A number as Python or PyTorch prints it: 3, -0.5, 0.9250, 1e-05, 5.9605e-08, 1., inf, nan.
const NUMBER = /[-+]?(?:\d+\.?\d*(?:e[-+]?\d+)?|\.\d+(?:e[-+]?\d+)?|inf|nan)/gi;

function significantDigits(token: string): number {
  const mantissa = token.replace(/^[-+]/, '').split(/e/i)[0].replace('.', '').replace(/^0+/, '');
  return mantissa.length;
}

/** PyTorch prints tensors with 4 significant decimals: the most two prints of nearly equal values can differ by. */
export const DISPLAY_TOLERANCE = 1e-4;

/**
 * Print texts must be equal, character for character, with two allowances for numbers (the text with every
 * number replaced by a placeholder must still be identical):
 * - a number printed at full precision (Python's repr of a float, e.g. `loss.item()` → 0.8995227813720703:
 *   7 or more significant digits on either side) may differ in its last digits when the two values agree
 *   within TOLERANCE;
 * - with `displayNoise` (the print's tensors agree with PyTorch's within TOLERANCE but not bit for bit), a number
 *   may print differently when the two agree within DISPLAY_TOLERANCE: float32 rounding noise can turn a row sum
 *   of exactly `1.` into `1.0000`, or move a 4th decimal.
 * Everything else (ints, words, spacing, `torch.Size([3, 4])`, dtypes, `grad_fn=<...>`) must be identical.
 */
export function textsAgree(actual: string, expected: string, displayNoise = false): boolean {
  if (actual === expected) return true;
  const skeleton = (text: string) => text.replace(NUMBER, '#');
  if (skeleton(actual) !== skeleton(expected)) return false;
  const actualNumbers = actual.match(NUMBER) ?? [];
  const expectedNumbers = expected.match(NUMBER) ?? [];
  if (actualNumbers.length !== expectedNumbers.length) return false;
  return expectedNumbers.every((token, index) => {
    const other = actualNumbers[index];
    if (other === token) return true;
    const a = Number(other);
    const b = Number(token);
    if (Math.max(significantDigits(token), significantDigits(other)) >= 7 && closeEnough(a, b)) return true;
    return displayNoise && Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= DISPLAY_TOLERANCE * Math.max(1, Math.abs(b));
  });
}

/** Whether two tensors hold exactly the same values (NaN equal to NaN). */
function identicalValues(actual: TensorLike, expected: GoldenTensor): boolean {
  return actual.values.length === expected.values.length
    && expected.values.every((value, i) => actual.values[i] === value || (Number.isNaN(value) && Number.isNaN(actual.values[i])));
}

export function compareTensor(actual: TensorLike | undefined, expected: Pick<GoldenTensor, 'shape' | 'values'> & { dtype?: string }, where: string): string[] {
  if (!actual) return [`${where}: no tensor, expected shape [${expected.shape.join(', ')}]`];
  const problems: string[] = [];
  if (actual.shape.join(',') !== expected.shape.join(',')) {
    return [`${where}: shape [${actual.shape.join(', ')}], expected [${expected.shape.join(', ')}]`];
  }
  if (expected.dtype !== undefined && actual.dtype !== expected.dtype) problems.push(`${where}: dtype ${actual.dtype}, expected ${expected.dtype}`);
  if (actual.values.length !== expected.values.length) {
    problems.push(`${where}: ${actual.values.length} values, expected ${expected.values.length}`);
    return problems;
  }
  const wrong = expected.values.map((value, index) => index).filter(index => !closeEnough(actual.values[index], expected.values[index]));
  if (wrong.length) {
    const shown = wrong.slice(0, 5).map(index => `[${index}] ${actual.values[index]} vs ${expected.values[index]}`).join('; ');
    problems.push(`${where}: ${wrong.length} of ${expected.values.length} values differ (actual vs PyTorch): ${shown}${wrong.length > 5 ? '; …' : ''}`);
  }
  return problems;
}

export function comparePrints(actual: readonly PrintLike[], expected: readonly GoldenPrint[]): string[] {
  const problems: string[] = [];
  const count = Math.min(actual.length, expected.length);
  for (let i = 0; i < count; i++) {
    const where = `print #${i + 1}`;
    const ours = actual[i].tensors;
    const theirs = expected[i].tensors;
    const tensorProblems = ours.length !== theirs.length
      ? [`${where}: ${ours.length} tensor arguments, expected ${theirs.length}`]
      : theirs.flatMap((tensor, t) => compareTensor(ours[t], tensor, `${where} tensor #${t + 1}`));
    const displayNoise = tensorProblems.length === 0 && theirs.some((tensor, t) => !identicalValues(ours[t], tensor));
    if (!textsAgree(actual[i].text, expected[i].text, displayNoise)) {
      problems.push(`${where} text differs:\n    ours:    ${JSON.stringify(actual[i].text)}\n    PyTorch: ${JSON.stringify(expected[i].text)}`);
    }
    problems.push(...tensorProblems);
  }
  if (actual.length !== expected.length) {
    const extra = actual.length > expected.length
      ? `extra: ${actual.slice(count).map(p => JSON.stringify(p.text)).join(', ')}`
      : `missing: ${expected.slice(count).map(p => JSON.stringify(p.text)).join(', ')}`;
    problems.push(`${actual.length} prints, expected ${expected.length} (${extra})`);
  }
  return problems;
}

/** The first line of a message, trimmed: PyTorch's messages here are one line; Python may add more. */
export function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

/** Same exception type, same 1-based line, and the same first line of the message (exactly, after trimming). */
export function compareError(actual: ErrorLike | undefined, expected: GoldenError | undefined): string[] {
  const describe = (error: ErrorLike | GoldenError) => `${error.type} at line ${error.line}: ${firstLine(error.message)}`;
  if (!actual && !expected) return [];
  if (!expected) return [`raised ${describe(actual!)}, but PyTorch does not raise`];
  if (!actual) return [`no error, but PyTorch raises ${describe(expected)}`];
  if (actual.type !== expected.type || actual.line !== expected.line || firstLine(actual.message) !== firstLine(expected.message)) {
    return [`error differs:\n    ours:    ${describe(actual)}\n    PyTorch: ${describe(expected)}`];
  }
  return [];
}

/** As many warnings, each with the same first line as PyTorch's (e.g. kl_div's reduction='mean' UserWarning). */
export function compareWarnings(actual: readonly string[], expected: readonly string[]): string[] {
  const ours = actual.map(firstLine);
  const theirs = expected.map(firstLine);
  if (ours.length === theirs.length && ours.every((line, i) => line === theirs[i])) return [];
  return [`warnings differ:\n    ours:    ${JSON.stringify(ours)}\n    PyTorch: ${JSON.stringify(theirs)}`];
}

export function compareImplied(evaluation: EvaluationLike, expected: GoldenImplied | undefined): string[] {
  if (!expected) return [];
  const actual = evaluation.implied?.(expected.loss, expected.logprobs);
  return compareTensor(actual, expected, `implied targets of ${expected.loss} wrt ${expected.logprobs}`);
}

/** Every rule at once: prints (text, tensors), error, warnings, implied targets. */
export function compareEvaluation(evaluation: EvaluationLike, golden: GoldenSnippet): string[] {
  return [
    ...comparePrints(evaluation.prints, golden.prints),
    ...compareError(evaluation.error, golden.error),
    ...compareWarnings(evaluation.warnings, golden.warnings),
    ...compareImplied(evaluation, golden.implied),
  ];
}
