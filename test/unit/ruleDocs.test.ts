// Every rule has its docs page (the page its diagnostics link to) in the fixed sections, a header that agrees
// with its metadata, a row in the README's rule table, and — when it says it has a fix — a fix fixture that
// exercises it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { rules } from '../../server/src/rules/catalog';
import { lint } from '../../server/src/rules/lint';
import { programOf, repositoryRoot } from '../helpers/parser';

const SECTIONS = ['## What it does', '## Why is this bad?', '## Example', '## Use instead', '## Fix safety', '## References'];
const docs = path.join(repositoryRoot, 'docs', 'rules');
const fixFixtures = path.join(repositoryRoot, 'test', 'fixtures', 'fixes');

describe('rule documentation', () => {
  const readme = fs.readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8');
  let fixtures: { text: string; fixedCodes: Set<string> }[] = [];
  before(async () => {
    fixtures = await Promise.all(fs.readdirSync(fixFixtures).filter(f => f.endsWith('.in.py')).map(async file => {
      const text = fs.readFileSync(path.join(fixFixtures, file), 'utf8');
      const { findings } = lint(await programOf(text));
      return { text, fixedCodes: new Set(findings.filter(f => f.fix?.safety === 'safe').map(f => f.code)) };
    }));
  });

  for (const { metadata } of rules) {
    it(`${metadata.code} ${metadata.name}: docs page, header, README row, fix fixture`, () => {
      const page = fs.readFileSync(path.join(docs, `${metadata.name}.md`), 'utf8');
      assert.strictEqual(page.split('\n')[0], `# ${metadata.name} (${metadata.code})`);
      const positions = SECTIONS.map(section => page.indexOf(`\n${section}\n`));
      assert.ok(positions.every(p => p > 0), `sections present: ${SECTIONS.filter((_, i) => positions[i] < 0).join(', ')}`);
      assert.deepStrictEqual([...positions].sort((a, b) => a - b), positions, 'sections in order');
      const header = /^Default severity: (\w+).* · Fix: (\w+)/m.exec(page);
      assert.ok(header, 'a "Default severity: … · Fix: …" line');
      assert.deepStrictEqual([header[1], header[2]], [metadata.defaultSeverity, metadata.fixSafety]);
      assert.match(readme, new RegExp(`^\\| ${metadata.code} \\| \\[${metadata.name}\\]\\(docs/rules/${metadata.name}\\.md\\) \\|`, 'm'));
      if (metadata.fixSafety === 'none') return;
      // Applied by code (`# apply: LS001`), or — for a safe fix — by "fix all" in a fixture without that header.
      const exercised = fixtures.some(({ text, fixedCodes }) =>
        new RegExp(`^# apply: .*\\b${metadata.code}\\b`).test(text) || (metadata.fixSafety === 'safe' && !text.startsWith('# apply:') && fixedCodes.has(metadata.code)));
      assert.ok(exercised, `a fix fixture in test/fixtures/fixes exercises ${metadata.code}'s fix`);
    });
  }

  it('has no page for a rule that does not exist', () => {
    const names = new Set(rules.map(rule => `${rule.metadata.name}.md`));
    assert.deepStrictEqual(fs.readdirSync(docs).filter(file => !names.has(file)), []);
  });
});
