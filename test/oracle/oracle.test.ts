// The oracle: for every snippet in test/oracle/snippets, our static evaluator must print, raise, warn and imply
// what real PyTorch does. The expectations come only from PyTorch (goldens.ts runs run_pytorch.py); the rules
// are in compare.ts: print texts equal (full-precision floats within 1e-6), tensors of the same shape and dtype
// with values within 1e-6·max(1, |b|), the same error type, line and first message line, the same warnings,
// and the same implied targets.
import * as assert from 'assert';
import * as fs from 'fs';
import { Program } from '../../server/src/analysis/program';
import { SourceDocument } from '../../server/src/parsing/sourceDocument';
import { evaluateProgram } from '../../server/src/evaluator/evaluate';
import { testParser } from '../helpers/parser';
import { compareEvaluation } from './compare';
import { Goldens, loadGoldens, snippetNames, snippetPath } from './goldens';

/** What the evaluator says it could not follow, shown with a difference (these fields are optional here). */
function whyNot(evaluation: object): string[] {
  const { stoppedBecause, unsupported } = evaluation as { stoppedBecause?: string; unsupported?: readonly { line?: number; reason: string }[] };
  return [
    ...(stoppedBecause ? [`(the evaluator stopped: ${stoppedBecause})`] : []),
    ...(unsupported ?? []).map(item => `(not followed at line ${item.line ?? '?'}: ${item.reason})`),
  ];
}

describe('oracle: the evaluator agrees with real PyTorch', function () {
  let goldens: Goldens;

  before(async function () {
    // A cold machine installs python3-torch first (about 2 minutes); then PyTorch runs every snippet (seconds).
    this.timeout(10 * 60 * 1000);
    goldens = await loadGoldens();
  });

  for (const name of snippetNames()) {
    it(name, async function () {
      const golden = goldens.snippets[name];
      assert.ok(golden, `no golden for ${name}: the goldens were made from other snippets`);
      const text = fs.readFileSync(snippetPath(name), 'utf8');
      const source = SourceDocument.parse(await testParser(), text);
      try {
        const evaluation = evaluateProgram(new Program([source]));
        const problems = compareEvaluation(evaluation, golden);
        if (problems.length) {
          problems.push(...whyNot(evaluation));
          assert.fail(`${name}.py differs from PyTorch ${goldens.torch_version}:\n  ${problems.join('\n  ')}`);
        }
      } finally {
        source.dispose();
      }
    });
  }
});
