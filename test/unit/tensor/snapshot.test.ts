// A snapshot (what a hover shows for a line) keeps the values the tensor had then, whatever is written later:
// through the tensor, a view of it, scatter_ or an in-place operator; and the write still reaches the tensor.
import * as assert from 'assert';
import type { PyValue } from '../../../server/src/evaluator/values';
import { reprValue, snapshotValue } from '../../../server/src/tensor/index';
import { assign, at, iop, m, sl, torch } from './helpers';

const made = () => m(torch('arange', 6), 'float');
const writes: [string, (t: PyValue) => void][] = [
  ['fill_', t => m(t, 'fill_', 7)],
  ['a write through a view', t => assign(at(t, sl(1, 3)), [sl(null, null)], -1)],
  ['an element assignment', t => assign(t, [0], 9)],
  ['scatter_', t => m(t, 'scatter_', 0, torch('tensor', [4, 5]), 0.5)],
  ['an in-place operator', t => iop('+=', t, 10)],
  ['an in-place op on a reshaped view', t => m(m(t, 'view', 2, 3), 'mul_', 2)],
];

describe('snapshots of tensors', () => {
  for (const [name, write] of writes) {
    it(`keep their values through ${name}, which still changes the tensor`, () => {
      const t = made();
      const before = snapshotValue(t);
      write(t);
      assert.strictEqual(reprValue(before), reprValue(made()));
      // The tensor changed as the same write changes a tensor nobody took a snapshot of.
      const unshared = made();
      write(unshared);
      assert.strictEqual(reprValue(t), reprValue(unshared));
      assert.notStrictEqual(reprValue(t), reprValue(made()));
    });
  }

  it('taken at two moments, each keeps its own moment', () => {
    const t = made();
    const first = snapshotValue(t);
    m(t, 'fill_', 1);
    const second = snapshotValue(t);
    m(t, 'fill_', 2);
    assert.strictEqual(reprValue(first), reprValue(made()));
    assert.strictEqual(reprValue(second), reprValue(m(made(), 'fill_', 1)));
    assert.strictEqual(reprValue(t), reprValue(m(made(), 'fill_', 2)));
  });

  it('of a view keep their values when the base is written', () => {
    const base = made();
    const row = at(m(base, 'view', 2, 3), 1);
    const before = snapshotValue(row);
    m(base, 'zero_');
    assert.strictEqual(reprValue(before), reprValue(at(m(made(), 'view', 2, 3), 1)));
  });
});
