// The linter over the oracle's snippets (test/oracle/snippets): every bug snippet is found with the code of its
// kind, and every correct one gets no problem. The snippets' behaviour is checked against real PyTorch by the
// oracle suite; here they serve as a corpus of realistic code with a known verdict. A snippet not listed has no
// finding at all; information-level suggestions (LS015, LS018) are listed where they apply.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../server/src/rules/lint';
import { programOf, repositoryRoot } from '../helpers/parser';

const snippets = path.join(repositoryRoot, 'test', 'oracle', 'snippets');

/** By snippet number: the codes found, sorted. */
const EXPECTED: Record<string, string[]> = {
  '005': ['LS001'],            // the seed's mixed-convention bug (one_hot*(1-eps) + eps/(K-1))
  '006': ['LS018'],
  '048': ['LS018'],
  '049': ['LS005'],            // label_smoothing=1: uniform targets
  '052': ['LS018'],
  '072': ['LS015'],
  '075': ['LS015'],
  '120': ['LS001'], '121': ['LS001'], '122': ['LS001'],
  '123': ['LS002'], '124': ['LS002'], '125': ['LS002'],
  '126': ['LS003'], '127': ['LS003'],
  '128': ['LS001'], '129': ['LS001'],
  '131': ['LS013'], '132': ['LS013'],
  '133': ['LS009'], '134': ['LS001', 'LS009'],
  '135': ['LS010'], '136': ['LS010'],
  '138': ['LS011'], '139': ['LS011'], '140': ['LS011'], '141': ['LS011'],
  '142': ['LS006'], '143': ['LS007'], '144': ['LS007'],
  '145': ['LS008'], '146': ['LS008'],
  '147': ['LS004'], '148': ['LS004'],
  '149': ['LS016'], '150': ['LS014'], '151': ['LS011'],
  '152': [],                   // log_target with a zeroed column: nan, which no rule covers yet
  '153': ['LS003'],
  '154': ['LS010'],            // fractions written into one_hot's int64 targets: truncated to 0, silently
};

describe('the linter on the oracle snippets', function () {
  this.timeout(20000);
  for (const file of fs.readdirSync(snippets).filter(f => f.endsWith('.py')).sort()) {
    const number = file.slice(0, 3);
    const text = fs.readFileSync(path.join(snippets, file), 'utf8');
    const bug = /^# Bug/.test(text);
    it(`${file}: ${bug ? 'found with its code' : 'no problem'}`, async () => {
      const { findings, failures } = lint(await programOf(text));
      assert.deepStrictEqual(failures, []);
      const codes = [...new Set(findings.map(f => f.code))].sort();
      assert.deepStrictEqual(codes, EXPECTED[number] ?? [], findings.map(f => `${f.range.start.line + 1}: ${f.code} ${f.message}`).join('\n'));
      if (!bug && number !== '005' && number !== '049') {
        assert.ok(findings.every(f => f.severity === 'information'), 'a correct snippet gets no problem, at most a suggestion');
      }
    });
  }
  it('lists only snippets that exist', () => {
    const numbers = new Set(fs.readdirSync(snippets).map(f => f.slice(0, 3)));
    assert.deepStrictEqual(Object.keys(EXPECTED).filter(n => !numbers.has(n)), []);
  });
});
