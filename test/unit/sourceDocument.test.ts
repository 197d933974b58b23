import * as assert from 'assert';
import type { Node } from 'web-tree-sitter';
import { SourceDocument, TextChange } from '../../server/src/parsing/sourceDocument';
import { LineIndex } from '../../server/src/parsing/lineIndex';
import { testParser } from '../helpers/parser';

/** A deterministic pseudo-random sequence, so a failing edit sequence can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** Every node's type, offsets and tree-sitter points: what an incremental parse must get exactly right. */
function nodeSpans(root: Node): string[] {
  const spans: string[] = [];
  const visit = (node: Node) => {
    spans.push(`${node.type} ${node.startIndex}-${node.endIndex} ${node.startPosition.row}:${node.startPosition.column}-${node.endPosition.row}:${node.endPosition.column}`);
    for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  return spans;
}

const base = [
  'import torch.nn as nn',
  'def make(eps=0.1):',
  '    return nn.CrossEntropyLoss(label_smoothing=eps)  # é 😀',
  'criterion = nn.CrossEntropyLoss(label_smoothing=1.5)',
  '',
].join('\r\n');

describe('SourceDocument: incremental re-parse', () => {
  it('keeps the tree equal to a fresh parse through 300 random edits', async () => {
    const parser = await testParser();
    const next = random(42);
    const fragments = ['x', '(', ')', ':', '\n', '\r\n', '    ', 'label_smoothing=', '1.5', '"', '😀', '#', 'def f():\n  '];
    const document = SourceDocument.parse(parser, base);
    try {
      for (let step = 0; step < 300; step++) {
        const text = document.text;
        const start = Math.floor(next() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(next() * 6));
        const lines = new LineIndex(text);
        const change: TextChange = {
          range: { start: lines.positionAt(start), end: lines.positionAt(end) },
          text: next() < 0.3 ? '' : fragments[Math.floor(next() * fragments.length)],
        };
        document.applyChanges([change]);
        const fresh = SourceDocument.parse(parser, document.text);
        assert.deepStrictEqual(nodeSpans(document.root), nodeSpans(fresh.root), `edit ${step} diverged`);
        fresh.dispose();
      }
    } finally {
      document.dispose();
    }
  });

  it('matches a fresh parse after a line continuation is typed after an unterminated string (found by the fuzzer)', async () => {
    const parser = await testParser();
    const text = 's=-"""s.h\ne';
    const document = SourceDocument.parse(parser, text, 'notebookCell');
    document.applyChanges([{ range: { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } }, text: '\\\n' }]);
    const fresh = SourceDocument.parse(parser, document.text, 'notebookCell');
    assert.strictEqual(document.root.toString(), fresh.root.toString());
    document.dispose();
    fresh.dispose();
  });

  it('applies several changes of one notification in order', async () => {
    const document = SourceDocument.parse(await testParser(), 'a = 1\nb = 2\n');
    document.applyChanges([
      { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } }, text: '10' },
      { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } }, text: '20' },
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'c = 3\n' },
    ]);
    assert.strictEqual(document.text, 'a = 10\nb = 20\nc = 3\n');
    assert.strictEqual(document.root.namedChildren.length, 3);
    document.dispose();
  });

  it('replaces everything on a change without a range', async () => {
    const document = SourceDocument.parse(await testParser(), 'a = 1\n');
    document.applyChanges([{ text: 'def f(:\n' }]);
    assert.strictEqual(document.text, 'def f(:\n');
    assert.ok(document.root.hasError);
    document.dispose();
  });

  it('parses IPython magics in notebook cells as comments, keeping offsets', async () => {
    const parser = await testParser();
    const cell = SourceDocument.parse(parser, '%matplotlib inline\n!pip install torch\nx = 1\n', 'notebookCell');
    assert.ok(!cell.root.hasError);
    assert.strictEqual(cell.root.descendantForIndex(cell.text.indexOf('x = 1'))?.text, 'x');
    cell.applyChanges([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '%time ' }]);
    assert.ok(!cell.root.hasError);
    const bash = SourceDocument.parse(parser, '%%bash\nif [ -f x ]; then echo "(("; fi\n', 'notebookCell');
    assert.ok(!bash.root.hasError, 'a cell magic with a non-Python body is not parsed as Python');
    cell.dispose();
    bash.dispose();
  });
});
