// Predict mode's reveal: what a challenge's code prints and raises, as the static evaluator sees it (nothing is
// run). The learner has already committed to a prediction; this shows the engine's answer next to it.
import { notFollowed, withEvaluation } from './evaluateCode';
import { firstSyntaxError } from './syntaxError';
import type { PythonParser } from '../parsing/pythonParser';

/** Predict mode's reveal: what the engine says the code prints or raises (never by running it). */
export interface CodePreview {
  /** Each print's text, exactly as PyTorch prints it. */
  readonly printed: readonly string[];
  /** `RuntimeError: index 4 is out of bounds…`, when the code raises. */
  readonly error?: string;
  /** Why some of it could not be followed, if so. */
  readonly notPreviewed?: string;
}

export function previewCode(parser: PythonParser, code: string): CodePreview {
  // Python would stop with a SyntaxError whose wording we do not model; saying where the code breaks is honest.
  const syntax = firstSyntaxError(parser, code);
  if (syntax) return { printed: [], notPreviewed: `the code does not parse: ${syntax.message}` };
  return withEvaluation(parser, [code], evaluation => {
    const printed = evaluation.prints.map(print => print.text);
    const error = evaluation.error && `${evaluation.error.type}: ${evaluation.error.message}`;
    const notPreviewed = notFollowed(evaluation);
    return { printed, ...(error ? { error } : {}), ...(notPreviewed ? { notPreviewed } : {}) };
  });
}
