// Every crash the fuzzer found, kept as a small fixture in test/fixtures/fuzz/ (its first lines name the seed
// and case that found it): each runs through the same invariants as a fuzz case, plus what a user would see.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { programOf, repositoryRoot, testParser } from '../helpers/parser';
import { lint } from '../../server/src/rules/lint';
import { previewAt } from '../../server/src/previews/previewAt';
import { oneHotWithoutNumClasses } from '../../server/src/rules/oneHotWithoutNumClasses';
import { runGivenCase } from './runner';

const fixtures = path.join(repositoryRoot, 'test', 'fixtures', 'fuzz');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');

describe('fuzz regression fixtures (test/fixtures/fuzz)', () => {
  for (const name of fs.readdirSync(fixtures).filter(file => file.endsWith('.py')).sort()) {
    it(`${name}: analysed by the core and the command line without a crash`, async () => {
      const parser = await testParser();
      const text = read(name);
      const probes = Array.from({ length: 40 }, (_, i) => Math.floor((text.length * i) / 40));
      for (const viaCommandLine of [false, true]) {
        assert.deepStrictEqual(runGivenCase(parser, 0, { kind: 'python', text, probes, viaCommandLine }).problems, []);
      }
    });
  }

  it('module_level_return.py: the statements after a misplaced return/break/continue are still previewed', async () => {
    const text = read('module_level_return.py');
    const preview = previewAt(await programOf(text), 0, text.indexOf('after ='));
    assert.match(preview?.markdown ?? 'no hover', /tensor\(\[1\., 1\.\]\)/);
  });

  it('huge_repetition.py: a list repeated 2**63 times is not built, and the rest of the file is previewed', async () => {
    const text = read('huge_repetition.py');
    const program = await programOf(text);
    assert.match(previewAt(program, 0, text.indexOf('after ='))?.markdown ?? 'no hover', /tensor\(\[1\., 1\.\]\)/);
  });

  it('one_hot_without_num_classes.py repeated 3,000 times: LS009 reports every call within seconds', async function () {
    this.timeout(60_000);
    const snippet = read('one_hot_without_num_classes.py');
    const program = await programOf(snippet.repeat(3000));
    const started = Date.now();
    const { findings, failures } = lint(program, [oneHotWithoutNumClasses]);
    const elapsed = Date.now() - started;
    assert.deepStrictEqual(failures, []);
    assert.strictEqual(findings.length, 6000);
    // Measured: about 0.4 s here, and over a minute before the fix (quadratic in the number of calls).
    assert.ok(elapsed < 10_000, `LS009 took ${elapsed} ms`);
  });
});
