// Re-parsing from an earlier version's tree (parsing/reparse.ts) must give exactly the tree a fresh parse gives:
// every node's type and span, through insertions, deletions and replacements anywhere in real files, including
// edits that break the code (then the text is parsed afresh) and edits across lines with \r\n endings.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Tree } from 'web-tree-sitter';
import { reparse } from '../../server/src/parsing/reparse';
import { SourceDocument } from '../../server/src/parsing/sourceDocument';
import { trainingModule } from '../../bench/trainingModule';
import { repositoryRoot, testParser } from '../helpers/parser';
import { seededNumbers } from '../fuzz/random';

/** Every node of a tree (anonymous ones too) with its span and points, in document order. */
function dump(tree: Tree): string[] {
  const nodes: string[] = [];
  const cursor = tree.walk();
  for (;;) {
    const { startPosition: s, endPosition: e } = cursor;
    nodes.push(`${cursor.nodeType} ${cursor.startIndex}-${cursor.endIndex} ${s.row}:${s.column}-${e.row}:${e.column}`);
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        return nodes;
      }
    }
  }
}

const INSERTIONS = ['', ' ', 'x', '\n', '\n    ', '\r\n', '(', ')', ':', '0.1', ' / (K - 1)', 'é', '"', '# note\n', 'def g():\n    return 2\n'];

const texts: [string, string][] = [
  ...fs.readdirSync(path.join(repositoryRoot, 'examples')).filter(name => name.endsWith('.py')).sort()
    .map((name): [string, string] => [name, fs.readFileSync(path.join(repositoryRoot, 'examples', name), 'utf8')]),
  ['generated module', trainingModule(150)],
  ['\\r\\n line endings', trainingModule(60).replace(/\n/g, '\r\n')],
];

describe('re-parsing from the tree of an earlier version', function () {
  this.timeout(30000);
  for (const [name, original] of texts) {
    it(`${name}: 40 edits, each tree equal to a fresh parse's`, async () => {
      const parser = await testParser();
      const next = seededNumbers(name.length * 31 + 7);
      let text = original;
      let tree = parser.parse(text);
      for (let step = 0; step < 40; step++) {
        const start = Math.floor(next() * (text.length + 1));
        const end = Math.min(text.length, start + (next() < 0.5 ? 0 : Math.floor(next() * 30)));
        const edited = text.slice(0, start) + INSERTIONS[Math.floor(next() * INSERTIONS.length)] + text.slice(end);
        const before = dump(tree);
        const reparsed = reparse(parser, { text, tree }, edited);
        assert.deepStrictEqual(dump(tree), before, `step ${step}: the earlier tree is left as it was`);
        const fresh = parser.parse(edited);
        assert.deepStrictEqual(dump(reparsed), dump(fresh), `step ${step}: ${JSON.stringify(text.slice(start, end))} → ${JSON.stringify(edited.slice(start, start + 20))} at ${start}`);
        fresh.delete();
        tree.delete();
        tree = reparsed;
        text = edited;
      }
      tree.delete();
    });
  }

  it('gives a document the tree of a fresh parse when it is parsed from an earlier document', async () => {
    const parser = await testParser();
    const earlier = SourceDocument.parse(parser, trainingModule(40));
    const text = earlier.text.replace('smoothing / num_classes', 'smoothing / (num_classes - 1)');
    assert.notStrictEqual(text, earlier.text);
    const document = SourceDocument.parse(parser, text, 'file', earlier);
    const fresh = SourceDocument.parse(parser, text);
    assert.deepStrictEqual(dump(document.tree), dump(fresh.tree));
    assert.strictEqual(earlier.root.text, earlier.text, 'the earlier document keeps its own tree');
    for (const d of [earlier, document, fresh]) d.dispose();
  });
});
