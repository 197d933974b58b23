import * as assert from 'assert';
import { matrixTable } from '../../server/src/previews/markdownTable';

const fixed4 = (value: number) => value.toFixed(4);

describe('target matrices as Markdown tables', () => {
  it('shows every value and each row sum for small matrices', () => {
    assert.strictEqual(matrixTable([[0.925, 0.025], [0.025, 0.925]], fixed4), [
      '|  | 0 | 1 | row sum |',
      '| --- | --- | --- | --- |',
      '| **0** | 0.9250 | 0.0250 | 0.9500 |',
      '| **1** | 0.0250 | 0.9250 | 0.9500 |',
    ].join('\n'));
  });

  it('elides the middle beyond 8 rows and columns, keeping the first 4 and last 3', () => {
    const rows = Array.from({ length: 10 }, (_, r) => Array.from({ length: 12 }, (_, c) => (r === c ? 1 : 0)));
    const lines = matrixTable(rows, fixed4).split('\n');
    assert.strictEqual(lines[0], '|  | 0 | 1 | 2 | 3 | … | 9 | 10 | 11 | row sum |');
    assert.strictEqual(lines.length, 2 + 8);
    assert.match(lines[6], /^\| ⋮ \|/);
    assert.strictEqual(lines[9], '| **9** | 0.0000 | 0.0000 | 0.0000 | 0.0000 | … | 1.0000 | 0.0000 | 0.0000 | 1.0000 |');
  });
});
