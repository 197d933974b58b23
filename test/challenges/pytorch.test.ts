// Every answer key that depends on what code computes is confirmed by real PyTorch, and our static evaluator
// (which grades the learner in the panel) must agree with PyTorch on that same code:
// - predict-output and debug (and any challenge whose options claim outcomes): the keyed option's claim holds
//   for PyTorch's run of code.py, and no other option's does;
// - fill-in-blank: the keyed completion does what `expected` says under PyTorch, and no completion that differs
//   from the key in one blank does;
// - fix-the-code: solution.py is lint-clean and passes grading; the starter code fails grading, and under
//   PyTorch it returns something else than the solution (or raises) on at least one hidden input.
// The expectations are PyTorch's runs (test/oracle's harness and cache); nothing here comes from our evaluator.
import * as assert from 'assert';
import * as fs from 'fs';
import { CODE_OUTCOME_TYPES, gradeFix, outcomeMismatches } from '../../server/src/challenges';
import { Program } from '../../server/src/analysis/program';
import { evaluateProgram } from '../../server/src/evaluator/evaluate';
import { SourceDocument } from '../../server/src/parsing/sourceDocument';
import { lint } from '../../server/src/rules/lint';
import { testParser } from '../helpers/parser';
import { comparePrints, compareEvaluation } from '../oracle/compare';
import { GoldenSnippet, Goldens, SnippetSet, loadGoldens } from '../oracle/goldens';
import { CodeRun, allRuns, challengeRuns, writeSnippetSet } from './challengeRuns';
import { shippedChallenges } from './shipped';

/** What PyTorch did, for a failure message. */
function transcript(golden: GoldenSnippet): string {
  const lines = golden.prints.map(print => print.text);
  if (golden.error) lines.push(`${golden.error.type} at line ${golden.error.line}: ${golden.error.message.split('\n')[0]}`);
  for (const warning of golden.warnings) lines.push(`warning: ${warning.split('\n')[0]}`);
  return lines.join('\n      ') || '(nothing)';
}

/** The evaluator's differences from PyTorch on one program (empty: it agrees). */
async function evaluatorDifferences(run: CodeRun, golden: GoldenSnippet): Promise<string[]> {
  const source = SourceDocument.parse(await testParser(), run.text);
  try {
    const evaluation = evaluateProgram(new Program([source]));
    const problems = compareEvaluation(evaluation, golden);
    if (problems.length && evaluation.stoppedBecause) problems.push(`(the evaluator stopped: ${evaluation.stoppedBecause})`);
    return problems;
  } finally {
    source.dispose();
  }
}

describe('challenges: answer keys confirmed by real PyTorch, and the evaluator agrees', function () {
  const runs = challengeRuns(shippedChallenges().challenges);
  let set: SnippetSet;
  let goldens: Goldens;
  const golden = (run: CodeRun): GoldenSnippet => {
    const found = goldens.snippets[run.name];
    assert.ok(found, `no PyTorch run for ${run.name}`);
    return found;
  };

  before(async function () {
    // A cold machine installs python3-torch first (about 2 minutes); PyTorch then runs every program (seconds).
    this.timeout(10 * 60 * 1000);
    set = writeSnippetSet(allRuns(runs));
    goldens = await loadGoldens(set);
  });
  after(() => { if (set) fs.rmSync(set.directory, { recursive: true, force: true }); });

  it('every challenge whose answer depends on code is checked here', () => {
    const unchecked = runs.filter(r => (CODE_OUTCOME_TYPES.includes(r.challenge.type) || r.challenge.type === 'fill-in-blank' ||
      r.challenge.type === 'fix-the-code') && !r.code && !r.completions && !r.hidden);
    assert.deepStrictEqual(unchecked.map(r => r.challenge.id), []);
  });

  for (const { challenge, code, completions, hidden } of runs) {
    if (code && challenge.type !== 'fill-in-blank' && challenge.type !== 'fix-the-code') {
      it(`${challenge.id}: PyTorch does what option ${challenge.answer} says, and not what any other option says`, () => {
        const run = golden(code);
        for (const option of challenge.options) {
          const mismatches = outcomeMismatches(run, option.outcome!);
          if (option.id === challenge.answer) {
            assert.deepStrictEqual(mismatches, [], `the keyed option ${option.id} is not what PyTorch does:\n      ${transcript(run)}`);
          } else {
            assert.notDeepStrictEqual(mismatches, [], `option ${option.id} (not the key) is also what PyTorch does:\n      ${transcript(run)}`);
          }
        }
      });
      it(`${challenge.id}: the evaluator agrees with PyTorch on code.py`, async () => {
        assert.deepStrictEqual(await evaluatorDifferences(code, golden(code)), []);
      });
    }

    if (completions && challenge.type === 'fill-in-blank') {
      it(`${challenge.id}: under PyTorch only the keyed completion does what is expected`, () => {
        for (const completion of completions) {
          const mismatches = outcomeMismatches(golden(completion.run), challenge.expected);
          if (completion.option === undefined) {
            assert.deepStrictEqual(mismatches, [], `the key ${challenge.answer.join(', ')} does not do what is expected:\n      ${transcript(golden(completion.run))}`);
          } else {
            assert.notDeepStrictEqual(mismatches, [], `option ${completion.option} in blank ${completion.blank} also does what is expected`);
          }
        }
      });
      it(`${challenge.id}: the evaluator agrees with PyTorch on every completion`, async () => {
        for (const completion of completions) {
          const differences = await evaluatorDifferences(completion.run, golden(completion.run));
          assert.deepStrictEqual(differences, [], `${completion.run.name}:\n${completion.run.text}`);
        }
      });
    }

    if (hidden && challenge.type === 'fix-the-code') {
      it(`${challenge.id}: the solution is lint-clean, and the evaluator matches PyTorch on every hidden input`, async () => {
        const source = SourceDocument.parse(await testParser(), challenge.solution);
        try {
          assert.deepStrictEqual(lint(new Program([source])).findings.map(f => `${f.range.start.line + 1}: ${f.code} ${f.message}`), []);
        } finally {
          source.dispose();
        }
        for (const input of hidden) {
          const run = golden(input.solution);
          assert.strictEqual(run.error, undefined, `the solution raises on hidden input ${input.index}: ${transcript(run)}`);
          assert.deepStrictEqual(await evaluatorDifferences(input.solution, run), [], `solution, hidden input ${input.index}`);
          assert.deepStrictEqual(await evaluatorDifferences(input.starter, golden(input.starter)), [], `starter code, hidden input ${input.index}`);
        }
      });
      it(`${challenge.id}: the solution passes grading; the starter fails it and differs from the solution under PyTorch`, async () => {
        const parser = await testParser();
        const solved = gradeFix(parser, challenge, challenge.solution);
        assert.ok(solved.passed, `the solution does not pass: ${solved.summary}\n  ${solved.inputs.map(i => i.message).join('\n  ')}`);
        const starter = gradeFix(parser, challenge, challenge.code);
        assert.ok(!starter.passed, 'the starter code passes grading');
        const differs = hidden.filter(input => golden(input.starter).error || comparePrints(golden(input.starter).prints, golden(input.solution).prints).length);
        assert.ok(differs.length > 0, 'under PyTorch the starter code returns what the solution returns on every hidden input');
      });
    }
  }
});
