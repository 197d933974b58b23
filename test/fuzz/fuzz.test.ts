// A short fuzz run inside `npm test`: the first cases of seed 1, every kind, a few seconds. The full run
// (`npm run fuzz`, 20,000 cases) is for before a release; this one catches regressions on every change.
import * as assert from 'assert';
import { testParser } from '../helpers/parser';
import { runCase } from './runner';

const SEED = 1;
const CASES = 300;

describe('fuzzing (short run: seed 1, 300 cases)', function () {
  this.timeout(120_000);   // about 5 s here; each case is bounded on its own (CASE_TIME_BOUND_MS)
  it('the analysis core and the command line never throw, fail a rule or exceed the time bound', async () => {
    const parser = await testParser();
    const failures: string[] = [];
    const kinds = new Set<string>();
    for (let caseNumber = 0; caseNumber < CASES; caseNumber++) {
      const result = runCase(parser, SEED, caseNumber);
      kinds.add(result.kind);
      if (result.problems.length) failures.push(`${result.kind} case ${caseNumber} (npm run fuzz -- --seed ${SEED} --case ${caseNumber}):\n${result.problems.join('\n')}`);
    }
    assert.deepStrictEqual([...kinds].sort(), ['edits', 'notebook', 'python', 'soup']);
    assert.deepStrictEqual(failures, []);
  });
});
