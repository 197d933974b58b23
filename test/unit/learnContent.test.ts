// The Why and Deep dive texts are written as Markdown files and shipped as strings in learnContent.ts;
// the two must say the same.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEEP_DIVE_MARKDOWN, WHY_MARKDOWN } from '../../client/src/challenges/learnContent';
import { repositoryRoot } from '../helpers/parser';

const learn = path.join(repositoryRoot, 'client', 'src', 'challenges', 'learn');

describe('the learn texts', () => {
  for (const [file, text] of [['why.md', WHY_MARKDOWN], ['deep-dive.md', DEEP_DIVE_MARKDOWN]] as const) {
    it(`learnContent.ts holds ${file} as it is`, () => {
      assert.strictEqual(text, fs.readFileSync(path.join(learn, file), 'utf8'), `copy ${file} into learnContent.ts`);
    });
  }

  it('the deep dive sets the three conventions side by side, with PyTorch’s formula and the binary one', () => {
    for (const needle of ['ε/K', 'ε/(K−1)', 'ε/(K−2)', 'ignore_index', 'weight', 'y · (1 − ε) + ε / 2']) {
      assert.ok(DEEP_DIVE_MARKDOWN.includes(needle), needle);
    }
  });
});
