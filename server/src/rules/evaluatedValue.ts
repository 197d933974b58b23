// The value an argument expression had when the code ran, from the evaluator's record (names and calls are
// recorded), as rows of numbers for the rules that judge targets and log-probabilities.
import type { Node } from 'web-tree-sitter';
import { readValues, unknownReason } from '../tensor/tensor';
import { unparenthesized } from '../analysis/syntax';
import type { Evaluation } from '../evaluator/evaluate';
import type { Program } from '../analysis/program';
import type { CrossEntropyCall } from '../analysis/crossEntropyCalls';
import { applyBinary, numericValue } from '../analysis/constants';
import { evaluationOf } from '../evaluator/evaluationOf';

export interface EvaluatedMatrix {
  readonly rows: number[][];
  readonly dtype: string;
  /**
   * Computed while a function ran on example inputs (exampleInputs.ts): the values may be the examples' own, which
   * the code did not choose, so a rule may judge them only for what the code visibly does to them.
   */
  readonly fromExampleInputs: boolean;
}

/** The 2-D float tensor `expression` evaluated to, with its rows; undefined when unknown or of another kind. */
export function evaluatedMatrix(evaluation: Evaluation, source: number, expression: Node): EvaluatedMatrix | undefined {
  const recorded = evaluation.values.valueAt(source, unparenthesized(expression));
  const value = recorded?.value;
  if (value?.kind !== 'tensor' || value.tensor.ndim !== 2 || !value.tensor.dtype.startsWith('float')) return undefined;
  if (unknownReason(value.tensor)) return undefined;   // values not known (random, uninitialised)
  const values = readValues(value.tensor);
  const [n, k] = value.tensor.shape;
  return {
    rows: Array.from({ length: n }, (_, r) => [...values.subarray(r * k, r * k + k)]),
    dtype: value.tensor.dtype,
    fromExampleInputs: recorded!.inputs.length > 0,
  };
}

export const rowSum = (row: readonly number[]) => row.reduce((a, b) => a + b, 0);

/**
 * A number the code fixes: folded from constants, or else the value the evaluator found for a name or an
 * attribute (`eps` from unpacking, a parameter, `self.size`), combined through arithmetic (`eps / (K - 1)`).
 */
export function evaluatedNumber(program: Program, source: number, expression: Node): number | undefined {
  const folded = numericValue(program, expression);
  if (folded !== undefined) return folded;
  const node = unparenthesized(expression);
  if (node.type === 'binary_operator') {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const a = left && evaluatedNumber(program, source, left);
    const b = right && evaluatedNumber(program, source, right);
    return a === undefined || a === null || b === undefined || b === null ? undefined : applyBinary(node.childForFieldName('operator')?.type, a, b);
  }
  if (!program.mentionsTorch) return undefined;   // nothing worth evaluating the program for
  const value = evaluationOf(program).values.valueAt(source, node)?.value;
  return value?.kind === 'float' || value?.kind === 'int' ? value.value : undefined;
}

/** The cross-entropy losses that smooth: those whose label_smoothing the code fixes to an ε in (0, 1], with it. */
export function smoothedLosses(program: Program): { loss: CrossEntropyCall; epsilon: number; at: Node }[] {
  return program.crossEntropyCalls.flatMap(loss => {
    const epsilon = loss.labelSmoothing && evaluatedNumber(program, loss.source, loss.labelSmoothing);
    return epsilon && epsilon > 0 && epsilon <= 1 ? [{ loss, epsilon, at: loss.labelSmoothing! }] : [];
  });
}
