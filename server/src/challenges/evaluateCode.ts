// Evaluates challenge code with the static evaluator (nothing is ever run): parses the texts as one program
// (later texts see the names the earlier ones define, like notebook cells), evaluates it, hands the result to
// `use`, and frees the parse trees, which live in wasm memory that is never garbage-collected.
import { Program } from '../analysis/program';
import type { Limits } from '../evaluator/budget';
import { Evaluation, evaluateProgram } from '../evaluator/evaluate';
import type { PythonParser } from '../parsing/pythonParser';
import { SourceDocument } from '../parsing/sourceDocument';

/**
 * Grading happens when the learner asks for it, not on every keystroke: it can afford a larger budget than a
 * hover (250 ms), which keeps a busy machine from turning a right answer into "not evaluated".
 */
export const GRADING_LIMITS: Limits = { maxSteps: 200_000, maxMilliseconds: 3000, maxCallDepth: 64 };

export function withEvaluation<T>(parser: PythonParser, texts: readonly string[], use: (evaluation: Evaluation, program: Program) => T): T {
  const sources = texts.map(text => SourceDocument.parse(parser, text));
  try {
    const program = new Program(sources);
    return use(evaluateProgram(program, GRADING_LIMITS), program);
  } finally {
    for (const source of sources) source.dispose();
  }
}

/** Why an evaluation cannot be trusted to grade: it stopped, or skipped statements it could not follow. */
export function notFollowed(evaluation: Evaluation): string | undefined {
  if (evaluation.stoppedBecause) return `the evaluator stopped: ${evaluation.stoppedBecause}`;
  const first = evaluation.unsupported[0];
  if (!first) return undefined;
  // Source 0 is the code being graded; a later source is the grader's own call, whose line means nothing to anyone.
  return `the evaluator could not follow ${first.source === 0 ? `line ${first.line}` : 'the call'}: ${first.reason}`;
}
