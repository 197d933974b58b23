import * as assert from 'assert';
import { LineIndex } from '../../server/src/parsing/lineIndex';

describe('LineIndex: offsets ↔ LSP positions', () => {
  it('splits lines at \\n, \\r\\n and a lone \\r, like the protocol', () => {
    const lines = new LineIndex('a\nbb\r\nccc\rd');
    assert.strictEqual(lines.lineCount, 4);
    assert.deepStrictEqual(lines.positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(lines.positionAt(3), { line: 1, character: 1 });
    assert.deepStrictEqual(lines.positionAt(6), { line: 2, character: 0 });
    assert.deepStrictEqual(lines.positionAt(10), { line: 3, character: 0 });
    assert.strictEqual(lines.lineText(1), 'bb');
    assert.strictEqual(lines.lineText(2), 'ccc');
  });

  it('counts characters in UTF-16 code units (an emoji is two)', () => {
    const lines = new LineIndex('s = "😀"; x = 1');
    assert.deepStrictEqual(lines.positionAt('s = "😀"; x'.length - 1), { line: 0, character: 10 });
  });

  it('clamps positions beyond a line or the text instead of failing', () => {
    const lines = new LineIndex('ab\ncd');
    assert.strictEqual(lines.offsetAt({ line: 0, character: 99 }), 2);
    assert.strictEqual(lines.offsetAt({ line: 9, character: 0 }), 5);
    assert.strictEqual(lines.offsetAt({ line: -1, character: 3 }), 0);
    assert.deepStrictEqual(lines.positionAt(99), { line: 1, character: 2 });
  });
});
