// A Python file's findings as the editor finds them, for the command line. The editor analyses a file slice by
// slice (incrementalFile.ts), each slice's evaluation with a budget of its own, so a long file is analysed to its
// end. Evaluated as one program, a few hundred lines of torch code use up the budget and the bugs further down
// go unreported — so a file whose evaluation is cut short is analysed again, slice by slice. A file evaluated
// within its budget gives the slices' findings already (tested on every fixture, example and oracle snippet),
// and sooner: a small file's check starts no slicing.
import type { Program } from '../analysis/program';
import { existingEvaluationOf } from '../evaluator/evaluationOf';
import type { PythonParser } from '../parsing/pythonParser';
import { lint, LintResult } from '../rules/lint';
import { IncrementalFile } from './incrementalFile';
import { IncrementalNotebook } from './incrementalNotebook';

/** `program`: one file's source, as loaded. */
export function lintFile(parser: PythonParser, program: Program): LintResult {
  const whole = lint(program);
  return needsSlicing(program) ? new IncrementalFile(parser, program.sources[0].text).lint()! : whole;
}

/** A notebook's code cells, in order, analysed as the editor does (incrementalNotebook.ts): each finding's source is its cell. */
export function lintNotebook(parser: PythonParser, cells: readonly string[]): LintResult {
  const notebook = new IncrementalNotebook(parser);
  notebook.update(cells);
  return notebook.file ? notebook.lint()! : { findings: [], failures: [] };
}

/**
 * After `program` was analysed as one: whether it is a file (not a notebook's cells) whose evaluation was cut
 * short, or called only some of its many functions with example inputs, and so must be analysed slice by slice
 * to be analysed to its end. (The budget alone would make the answer depend on the machine's speed.)
 */
export function needsSlicing(program: Program): boolean {
  if (program.sources.length !== 1 || program.sources[0].kind !== 'file') return false;
  const evaluation = existingEvaluationOf(program);
  return !!evaluation && (evaluation.timedOut || evaluation.stoppedBecause !== undefined || evaluation.exampleCallsCut);
}
