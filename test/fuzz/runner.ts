// Runs fuzz cases one after another and says what went wrong in each: a violated invariant, an exception (a
// crash), or a case slower than its bound. Shared by `npm run fuzz` (its workers) and the short run in `npm test`.
import type { PythonParser } from '../../server/src/parsing/pythonParser';
import { CaseKind, FuzzCase, fuzzCase, kindOf } from './cases';
import { checkCase } from './invariants';

/**
 * The longest one case may take. Most cases take milliseconds; the slowest (a notebook with a 100 KB cell) about
 * 3 s here when the machine is idle, and several times that on a busy 2-core machine. 30 s means something runs
 * without bound.
 */
export const CASE_TIME_BOUND_MS = 30_000;

export interface CaseResult {
  readonly caseNumber: number;
  readonly kind: CaseKind;
  readonly milliseconds: number;
  /** Empty when every invariant held. */
  readonly problems: readonly string[];
}

export function runCase(parser: PythonParser, seed: number, caseNumber: number): CaseResult {
  const started = performance.now();
  let fuzz: FuzzCase;
  try {
    fuzz = fuzzCase(seed, caseNumber);
  } catch (error) {
    return { caseNumber, kind: kindOf(caseNumber), milliseconds: 0, problems: [`the fuzzer itself failed to make the case: ${(error as Error)?.stack}`] };
  }
  return runGivenCase(parser, caseNumber, fuzz, started);
}

/** Runs a case given as data (a regression fixture, or a generated case). */
export function runGivenCase(parser: PythonParser, caseNumber: number, fuzz: FuzzCase, started = performance.now()): CaseResult {
  let problems: string[];
  try {
    problems = checkCase(parser, fuzz);
  } catch (error) {
    problems = [`crashed: ${(error as Error)?.stack ?? String(error)}`];
  }
  const milliseconds = performance.now() - started;
  if (milliseconds > CASE_TIME_BOUND_MS) problems.push(`took ${Math.round(milliseconds)} ms, over the bound of ${CASE_TIME_BOUND_MS} ms`);
  return { caseNumber, kind: fuzz.kind, milliseconds, problems };
}

/** What a failing case was, as a file to replay: its text, its notebook JSON, or its edits as JSON. */
export function reproducer(fuzz: FuzzCase): { readonly extension: string; readonly content: string } {
  switch (fuzz.kind) {
    case 'python': case 'soup': return { extension: '.py', content: fuzz.text };
    case 'notebook': return { extension: '.ipynb', content: fuzz.json };
    case 'edits': return { extension: '.edits.json', content: JSON.stringify(fuzz, null, 1) };
  }
}
