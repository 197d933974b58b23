// Grading a fix-the-code challenge without running anything: the learner's code is evaluated statically, the
// graded function is called on each hidden input, and each result is compared with what solution.py returns
// for the same input. The linter must also be clean (no error or warning) on the learner's code, so that a fix
// which happens to produce the right numbers the wrong way (e.g. a hard-coded divisor) is still flagged.
import type { FixTheCodeChallenge } from './challenge';
import { notFollowed, withEvaluation } from './evaluateCode';
import { ResultValue, resultDifference, resultValue } from './resultValues';
import { SyntaxProblem, firstSyntaxError } from './syntaxError';
import { Program } from '../analysis/program';
import type { PythonParser } from '../parsing/pythonParser';
import { SourceDocument } from '../parsing/sourceDocument';
import { lint } from '../rules/lint';
import type { Finding } from '../rules/rule';

export interface HiddenInputResult {
  /** 1-based, in the challenge's order. */
  readonly index: number;
  readonly status: 'match' | 'mismatch' | 'error' | 'not-evaluated';
  /** For the learner: what went wrong, without the input's values. */
  readonly message: string;
}

export interface FixGrade {
  readonly passed: boolean;
  readonly syntaxError?: SyntaxProblem;
  readonly inputs: readonly HiddenInputResult[];
  /** The linter's findings on the learner's code (lines are 0-based, as everywhere in the core). */
  readonly findings: readonly Finding[];
  /** One line for the panel. */
  readonly summary: string;
}

/** Findings of these severities block a pass; information and hints are shown but do not. */
const BLOCKING = new Set(['error', 'warning']);

/** Where the hidden call's result is kept; a name no learner code uses. */
const RESULT = '__challenge_result__';

/** The second "cell" of the graded program: the hidden call, after the learner's code has defined everything. */
function callCell(call: string): string {
  return `import torch\n${RESULT} = ${call}\n`;
}

type CallResult = { value: ResultValue } | { error: string; inCode: boolean } | { notEvaluated: string };

/** Evaluates `code`, then `call`, and returns what the call returned (or why there is nothing to compare). */
export function callHidden(parser: PythonParser, code: string, call: string, functionName: string): CallResult {
  return withEvaluation(parser, [code, callCell(call)], evaluation => {
    if (evaluation.error) {
      const { type, message, line, source } = evaluation.error;
      return source === 0
        ? { error: `raises ${type} at line ${line}: ${message}`, inCode: true }
        : { error: `calling ${functionName} raises ${type}: ${message}`, inCode: false };
    }
    const value = evaluation.finalValue(RESULT);
    const reason = notFollowed(evaluation);
    if (!value || reason) return { notEvaluated: reason ?? 'the call was not evaluated' };
    const result = resultValue(value);
    return 'unknown' in result ? { notEvaluated: `its value is not known statically: ${result.unknown}` } : result;
  });
}

const solutions = new WeakMap<FixTheCodeChallenge, CallResult[]>();

/** The solution's results on the hidden inputs, once per challenge. */
function solutionResults(parser: PythonParser, challenge: FixTheCodeChallenge): CallResult[] {
  let results = solutions.get(challenge);
  if (!results) {
    results = challenge.grading.hiddenInputs.map(call => callHidden(parser, challenge.solution, call, challenge.grading.function));
    solutions.set(challenge, results);
  }
  return results;
}

/** The linter's findings, and the names of the functions and classes the code defines at the top level. */
function inspect(parser: PythonParser, code: string): { findings: Finding[]; defined: Set<string> } {
  const source = SourceDocument.parse(parser, code);
  try {
    const defined = new Set<string>();
    for (const statement of source.root.namedChildren) {
      const definition = statement?.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
      const name = definition && ['function_definition', 'class_definition'].includes(definition.type) ? definition.childForFieldName('name')?.text : undefined;
      if (name) defined.add(name);
    }
    return { findings: lint(new Program([source])).findings, defined };
  } finally {
    source.dispose();
  }
}

/** `smooth` for `smooth(torch.tensor([0, 2]), 0.1, 4)`. */
function calledName(call: string): string {
  return /^[A-Za-z_]\w*/.exec(call)?.[0] ?? call;
}

export function gradeFix(parser: PythonParser, challenge: FixTheCodeChallenge, code: string): FixGrade {
  const syntaxError = firstSyntaxError(parser, code);
  if (syntaxError) {
    return { passed: false, syntaxError, inputs: [], findings: [], summary: `Not graded: ${syntaxError.message}.` };
  }
  const { findings, defined } = inspect(parser, code);
  const expected = solutionResults(parser, challenge);
  const inputs = challenge.grading.hiddenInputs.map((call, i): HiddenInputResult => {
    const index = i + 1;
    const want = expected[i];
    // A solution the evaluator cannot follow is a broken challenge, not the learner's fault; the tests keep
    // every shipped solution evaluable.
    if (!('value' in want)) return { index, status: 'not-evaluated', message: `hidden input ${index}: the solution could not be evaluated` };
    const got = callHidden(parser, code, call, challenge.grading.function);
    if ('notEvaluated' in got && !defined.has(calledName(call))) {
      return { index, status: 'error', message: `hidden input ${index}: your code does not define ${calledName(call)}(), which the hidden inputs call` };
    }
    if ('error' in got) return { index, status: 'error', message: `hidden input ${index}: ${got.error}` };
    if ('notEvaluated' in got) return { index, status: 'not-evaluated', message: `hidden input ${index}: not checked, ${got.notEvaluated}` };
    const difference = resultDifference(got.value, want.value);
    return difference
      ? { index, status: 'mismatch', message: `hidden input ${index}: ${difference}` }
      : { index, status: 'match', message: `hidden input ${index}: matches` };
  });
  const matched = inputs.filter(input => input.status === 'match').length;
  const blocking = findings.filter(finding => BLOCKING.has(finding.severity));
  const passed = matched === inputs.length && blocking.length === 0;
  const parts = [`${matched} of ${inputs.length} hidden inputs match the solution`];
  if (blocking.length) parts.push(`the linter reports ${blocking.map(f => f.code).filter((c, i, all) => all.indexOf(c) === i).join(', ')}`);
  return { passed, inputs, findings, summary: passed ? `Passed: ${parts[0]} and the linter is clean.` : `Not yet: ${parts.join('; ')}.` };
}
