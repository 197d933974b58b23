import * as assert from 'assert';
import { recogniseConvention } from '../../server/src/previews/convention';

// Target rows for labels [0, 2, 3], K = 4, ε = 0.1, from the conventions' definitions in
// shared/LABEL-SMOOTHING.md (the uniform rows are the seed's, which real PyTorch prints).
const uniform = [[0.925, 0.025, 0.025, 0.025], [0.025, 0.025, 0.925, 0.025], [0.025, 0.025, 0.025, 0.925]];
const third = 0.1 / 3;
const offTarget = [[0.9, third, third, third], [third, third, 0.9, third], [third, third, third, 0.9]];

describe('recognising the smoothing convention of target rows', () => {
  it('uniform ε/K, with the label_smoothing it equals', () => {
    const convention = recogniseConvention(uniform);
    assert.strictEqual(convention.name, 'uniform');
    assert.ok(Math.abs(convention.labelSmoothing! - 0.1) < 1e-9);
    assert.strictEqual(convention.description, 'uniform ε/K, ε = 0.1: the same as `CrossEntropyLoss(label_smoothing=0.1)`');
  });

  it('off-target ε/(K−1): equal to label_smoothing 0.1333', () => {
    const convention = recogniseConvention(offTarget);
    assert.strictEqual(convention.name, 'off-target');
    assert.strictEqual(convention.description, 'off-target ε/(K−1), ε = 0.1: the same as `CrossEntropyLoss(label_smoothing=0.1333)`');
  });

  it('padding excluded ε/(K−2): the zero padding column and all-zero padding rows', () => {
    const b = 0.1 / 3;   // K = 5, padding 0
    const rows = [[0, 0.9, b, b, b], [0, b, b, 0.9, b], [0, 0, 0, 0, 0]];
    const convention = recogniseConvention(rows);
    assert.strictEqual(convention.name, 'padding-excluded');
    assert.strictEqual(convention.paddingIndex, 0);
  });

  it('the mixed-convention bug: rows that sum to 1.0333', () => {
    const b = 0.1 / 3;
    const convention = recogniseConvention([[0.9 + b, b, b, b], [b, b, 0.9 + b, b]]);
    assert.strictEqual(convention.name, 'other');
    assert.strictEqual(convention.description, 'no standard convention: rows sum to 1.033, not 1');
  });

  it('one-hot rows, and rows that are not one value plus another', () => {
    assert.strictEqual(recogniseConvention([[1, 0, 0], [0, 0, 1]]).name, 'one-hot');
    assert.strictEqual(recogniseConvention([[0.7, 0.2, 0.1]]).name, 'other');
  });
});
