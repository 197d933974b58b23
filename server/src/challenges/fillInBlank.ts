// Fill-in-the-blank code: code.py holds numbered blanks (`___1___`), each option belongs to one blank, and a
// completion is graded by evaluating the completed code statically: it is right when it does what the
// challenge expects (challenge.json's `expected`), whichever options produced that.
import type { FillInBlankChallenge } from './challenge';
import { notFollowed, withEvaluation } from './evaluateCode';
import { outcomeMismatches } from './outcome';
import { firstSyntaxError } from './syntaxError';
import type { PythonParser } from '../parsing/pythonParser';

/** `___1___`, `___2___`, …: visible in the code the learner reads, and never valid Python by accident. */
const BLANK = /___(\d+)___/g;

export function blankMarker(blank: number): string {
  return `___${blank}___`;
}

/** The blanks' numbers in the order they appear. */
export function blanksIn(code: string): number[] {
  return [...code.matchAll(BLANK)].map(match => Number(match[1]));
}

export type Completion = { readonly code: string; readonly problem?: undefined } | { readonly code?: undefined; readonly problem: string };

/** code.py with blank i replaced by the code of the option chosen for it (`choices[i - 1]`, an option id). */
export function completeCode(challenge: FillInBlankChallenge, choices: readonly string[]): Completion {
  const blanks = blanksIn(challenge.code);
  if (choices.length !== blanks.length) return { problem: `choose one option for each of the ${blanks.length} blanks` };
  let problem: string | undefined;
  const code = challenge.code.replace(BLANK, (_, number: string) => {
    const blank = Number(number);
    const option = challenge.options.find(o => o.id === choices[blank - 1]);
    if (!option || option.blank !== blank) problem ??= `"${choices[blank - 1]}" is not an option for blank ${blank}`;
    return option?.code ?? '';
  });
  return problem ? { problem } : { code };
}

export interface FillInBlankGrade {
  readonly correct: boolean;
  /** The completed code, for the panel to show. */
  readonly code?: string;
  /** What the completed code prints and raises, as the evaluator sees it. */
  readonly output: readonly string[];
  /** Why it is wrong, or how it was graded when the evaluator could not follow the code. */
  readonly message: string;
}

export function gradeFillInBlank(parser: PythonParser, challenge: FillInBlankChallenge, choices: readonly string[]): FillInBlankGrade {
  const completion = completeCode(challenge, choices);
  if (completion.problem !== undefined) return { correct: false, output: [], message: completion.problem };
  const code = completion.code;
  const syntax = firstSyntaxError(parser, code);
  if (syntax) return { correct: false, code, output: [], message: `the completed code does not parse: ${syntax.message}` };
  return withEvaluation(parser, [code], evaluation => {
    const output = [
      ...evaluation.prints.map(print => print.text),
      ...(evaluation.error ? [`${evaluation.error.type}: ${evaluation.error.message}`] : []),
    ];
    const mismatches = outcomeMismatches(evaluation, challenge.expected);
    if (!mismatches.length) return { correct: true, code, output, message: 'the completed code does what was asked' };
    const reason = notFollowed(evaluation);
    if (reason) {
      // The evaluator cannot vouch for this completion either way: the answer key (checked against real
      // PyTorch by the tests) decides.
      const correct = choices.every((choice, i) => choice === challenge.answer[i]);
      return { correct, code, output, message: `graded by the answer key, because ${reason}` };
    }
    return { correct: false, code, output, message: `the completed code does not do what was asked: ${mismatches.join('; ')}` };
  });
}
