// The editor analyses a file slice by slice (server/src/incremental); the command line analyses it whole. A user
// must see the same findings in both, on every fixture, example and oracle snippet.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../server/src/rules/lint';
import { IncrementalFile } from '../../server/src/incremental/incrementalFile';
import { describeFinding } from './describeFinding';
import { programOf, repositoryRoot, testParser } from '../helpers/parser';
import { pythonCorpus } from '../helpers/pythonCorpus';

const files = pythonCorpus({ withOracleSnippets: true });

describe('sliced analysis gives the whole-file findings', function () {
  this.timeout(20000);
  it('covers a meaningful set of files', () => assert.ok(files.length > 150, `${files.length} files`));
  for (const file of files) {
    it(file, async () => {
      const text = fs.readFileSync(path.join(repositoryRoot, file), 'utf8');
      const whole = lint(await programOf(text));
      const sliced = new IncrementalFile(await testParser(), text).lint()!;
      assert.deepStrictEqual(sliced.failures, [], 'no rule failed on a slice');
      assert.deepStrictEqual(sliced.findings.map(describeFinding), whole.findings.map(describeFinding));
    });
  }
});
