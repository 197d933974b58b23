// Visualize mode's core: request checking, the documented example logits and the convention note. The numbers
// themselves are held to real PyTorch in test/challenges/visualize.pytorch.test.ts.
import * as assert from 'assert';
import { checkVisualizationRequest, exampleLogits, InvalidVisualizationRequest, visualize, VisualizationRequest } from '../../server/src/challenges';

const request: VisualizationRequest = { epsilon: 0.1, classes: 4, label: 2, convention: 'uniform' };

function rejects(value: unknown, message: RegExp): void {
  assert.throws(() => checkVisualizationRequest(value), (error: unknown) =>
    error instanceof InvalidVisualizationRequest && message.test(error.message));
}

describe('Visualize mode (the analysis core)', () => {
  it('accepts the edges of every range and echoes the request', () => {
    for (const edge of [
      { epsilon: 0, classes: 2, label: 0, convention: 'uniform' },
      { epsilon: 1, classes: 20, label: 19, convention: 'off-target' },
    ] as const) {
      assert.deepStrictEqual(checkVisualizationRequest(edge), edge);
      assert.deepStrictEqual(visualize(edge).request, edge);
    }
  });

  it('drops fields it does not know instead of echoing them', () => {
    assert.deepStrictEqual(checkVisualizationRequest({ ...request, extra: '<script>' }), request);
  });

  it('rejects each out-of-range or mistyped field with a message that names it', () => {
    rejects(null, /is an object/);
    rejects([1, 2], /is an object/);
    rejects({ ...request, epsilon: 1.01 }, /^epsilon must be a number from 0 to 1, got 1\.01$/);
    rejects({ ...request, epsilon: -0.1 }, /epsilon .* got -0\.1/);
    rejects({ ...request, epsilon: Number.NaN }, /epsilon .* got NaN/);
    rejects({ ...request, epsilon: '0.1' }, /epsilon .* got "0\.1"/);
    rejects({ ...request, classes: 1 }, /^classes \(K\) must be a whole number from 2 to 20, got 1$/);
    rejects({ ...request, classes: 21 }, /classes .* got 21/);
    rejects({ ...request, classes: 4.5 }, /classes .* got 4\.5/);
    rejects({ ...request, label: 4 }, /^label must be a whole number from 0 to K − 1 = 3, got 4$/);
    rejects({ ...request, label: -1 }, /label .* got -1/);
    rejects({ ...request, label: undefined }, /label .* got undefined/);
    rejects({ ...request, convention: 'padding' }, /^convention must be "uniform" or "off-target", got "padding"$/);
    rejects({ ...request, convention: {} }, /convention .* got an object/);
    assert.throws(() => visualize({ ...request, label: 7 }), InvalidVisualizationRequest);
  });

  it('uses the documented example logits: 2 on the label, −0.5, 0, 0.5 by class mod 3 elsewhere', () => {
    assert.deepStrictEqual(exampleLogits(4, 2), [-0.5, 0, 2, -0.5]);
    assert.deepStrictEqual(exampleLogits(7, 0), [2, 0, 0.5, -0.5, 0, 0.5, -0.5]);
    assert.deepStrictEqual(visualize({ ...request, classes: 7, label: 0 }).logits, exampleLogits(7, 0));
  });

  it('gives K targets, K probabilities, and with ε = 0 the same loss as without smoothing', () => {
    const shown = visualize({ epsilon: 0, classes: 6, label: 5, convention: 'off-target' });
    assert.strictEqual(shown.targets.length, 6);
    assert.strictEqual(shown.probabilities.length, 6);
    assert.strictEqual(shown.loss, shown.lossWithoutSmoothing);
  });

  it('names the built-in loss that computes the same targets, or says none does', () => {
    assert.strictEqual(visualize(request).convention, 'uniform ε/K, ε = 0.1: the same as CrossEntropyLoss(label_smoothing=0.1)');
    assert.strictEqual(visualize({ epsilon: 0.2, classes: 5, label: 0, convention: 'off-target' }).convention,
      'off-target ε/(K−1), ε = 0.2: the same as CrossEntropyLoss(label_smoothing=0.25), since ε·K/(K−1) = 0.25');
    assert.match(visualize({ epsilon: 0.9, classes: 3, label: 0, convention: 'off-target' }).convention,
      /^off-target ε\/\(K−1\), ε = 0\.9: no CrossEntropyLoss\(label_smoothing=…\) computes it/);
    assert.match(visualize({ epsilon: 0.8, classes: 4, label: 0, convention: 'uniform' }).convention,
      /the true class is no longer the most likely$/);
    assert.doesNotMatch(visualize({ epsilon: 0.75, classes: 4, label: 0, convention: 'uniform' }).convention, /no longer/);
  });
});
