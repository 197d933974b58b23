// Golden fixtures: test/fixtures/rules/<rule name>/<case>.py with the findings expected beside it in
// <case>.expected (one `line:col CODE` per line, 1-based; empty for none). Every file in conventions/ is a
// correct label-smoothing convention: no rule may report a problem there.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../server/src/rules/lint';
import { rules } from '../../server/src/rules/catalog';
import { applyFixes, safeFixes } from '../../server/src/rules/fixes';
import type { Fix } from '../../server/src/rules/rule';
import { programOf, repositoryRoot } from '../helpers/parser';

const fixtures = path.join(repositoryRoot, 'test', 'fixtures', 'rules');

async function findingsOf(file: string): Promise<string[]> {
  const { findings, failures } = lint(await programOf(fs.readFileSync(file, 'utf8')));
  assert.deepStrictEqual(failures, [], 'no rule failed');
  return findings.map(f => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.code}`);
}

describe('rule fixtures', function () {
  this.timeout(10000);
  for (const rule of rules) {
    const folder = path.join(fixtures, rule.metadata.name);
    it(`${rule.metadata.code} ${rule.metadata.name} has fixtures`, () => {
      assert.ok(fs.existsSync(folder) && fs.readdirSync(folder).some(f => f.endsWith('.py')), folder);
    });
    if (!fs.existsSync(folder)) continue;
    for (const file of fs.readdirSync(folder).filter(f => f.endsWith('.py')).sort()) {
      it(`${rule.metadata.name}/${file}`, async () => {
        const expected = fs.readFileSync(path.join(folder, file.replace(/\.py$/, '.expected')), 'utf8').split('\n').filter(Boolean);
        assert.deepStrictEqual(await findingsOf(path.join(folder, file)), expected);
      });
    }
  }
  // A convention's file may list expected findings only of LS018, which is information on correct code: it
  // says that label_smoothing=ε computes the same loss (the convention itself is right).
  for (const file of fs.readdirSync(path.join(fixtures, 'conventions')).filter(f => f.endsWith('.py')).sort()) {
    it(`conventions/${file}: a correct convention gets no finding from any rule`, async () => {
      const expectedFile = path.join(fixtures, 'conventions', file.replace(/\.py$/, '.expected'));
      const expected = fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile, 'utf8').split('\n').filter(Boolean) : [];
      assert.ok(expected.every(line => line.endsWith(' LS018')), `only LS018 may be expected in conventions/: ${expected.join(', ')}`);
      assert.deepStrictEqual(await findingsOf(path.join(fixtures, 'conventions', file)), expected);
    });
  }
});

// Fix fixtures: test/fixtures/fixes/<case>.in.py becomes <case>.out.py. Without a header, every safe fix is
// applied ("fix all") and nothing safe is left to fix afterwards. A first line `# apply: LS001, LS006` applies
// those rules' fixes, safe or unsafe, as a user picking them from the light bulb would, and those rules then
// report nothing.
const APPLY = /^# apply: (.+)$/m;

describe('fix fixtures', () => {
  const folder = path.join(repositoryRoot, 'test', 'fixtures', 'fixes');
  for (const file of fs.readdirSync(folder).filter(f => f.endsWith('.in.py')).sort()) {
    it(file, async () => {
      const text = fs.readFileSync(path.join(folder, file), 'utf8');
      const chosen = APPLY.exec(text.split('\n')[0])?.[1].split(/[\s,]+/).filter(Boolean);
      const { findings } = lint(await programOf(text));
      const fixes = chosen ? findings.filter(f => chosen.includes(f.code)).map(f => f.fix).filter((fix): fix is Fix => !!fix) : safeFixes(findings);
      if (chosen) assert.ok(fixes.length > 0, `the findings of ${chosen.join(', ')} offer fixes`);
      const fixed = applyFixes(text, fixes);
      assert.strictEqual(fixed, fs.readFileSync(path.join(folder, file.replace('.in.py', '.out.py')), 'utf8'));
      const after = lint(await programOf(fixed)).findings;
      if (chosen) assert.deepStrictEqual(after.filter(f => chosen.includes(f.code)).map(f => f.message), [], 'the chosen rules are satisfied');
      else assert.deepStrictEqual(safeFixes(after), [], 'a second round finds nothing safe to fix');
    });
  }
});
