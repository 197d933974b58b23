import * as assert from 'assert';
import { call, check, checkClose, dt, F, f, kw, m, nn, op, seedLabels, seedLogits, torch } from './helpers';

const x = seedLogits;
const y = seedLabels;
const tensor = (data: Parameters<typeof torch>[1]) => torch('tensor', data);
const classWeights = () => tensor([f(1), f(2), 0.5, f(1)]);
const softTargets = () => torch('softmax', op('*', x(), 2), 1);

describe('losses', () => {
  describe('the seed facts (torch.manual_seed(0); torch.randn(3, 4), labels [0, 2, 3])', () => {
    check('cross_entropy smoothing seed', () => m(F('cross_entropy', x(), y(), kw({ label_smoothing: 0.1 })), 'item'));
    check('cross_entropy seed', () => m(F('cross_entropy', x(), y()), 'item'));
    check('cross_entropy off-target seed', () => {
      const eps = 0.1;
      const oneHot = m(F('one_hot', y(), 4), 'float');
      const targets = op('+', op('*', oneHot, 1 - eps), op('/', op('*', op('-', 1, oneHot), eps), 3));
      return m(F('cross_entropy', x(), targets), 'item');
    });
    check('cross_entropy mixed seed', () => m(F('cross_entropy', x(), op('+', op('*', F('one_hot', y(), 4), 1 - 0.1), 0.1 / 3)), 'item'));
    check('seed smoothed targets', () => op('+', op('*', F('one_hot', y(), 4), 1 - 0.1), 0.1 / 4));

    it('match the numbers in LABEL-SMOOTHING.md to 1e-6', () => {
      const item = (v: ReturnType<typeof m>) => (v.kind === 'float' ? v.value : NaN);
      assert.ok(Math.abs(item(m(F('cross_entropy', x(), y(), kw({ label_smoothing: 0.1 })), 'item')) - 0.8995228) < 1e-6);
      assert.ok(Math.abs(item(m(F('cross_entropy', x(), y()), 'item')) - 0.8024623) < 1e-6);
    });
  });

  describe('F.cross_entropy with class indices', () => {
    check('cross_entropy module smoothing', () => call(nn('CrossEntropyLoss', kw({ label_smoothing: 0.1 })), x(), y()));
    check('cross_entropy none', () => F('cross_entropy', x(), y(), kw({ reduction: 'none' })));
    check('cross_entropy sum smoothing', () => F('cross_entropy', x(), y(), kw({ reduction: 'sum', label_smoothing: 0.2 })));
    check('cross_entropy ignore smoothing', () => m(F('cross_entropy', x(), tensor([0, -100, 3]), kw({ label_smoothing: 0.2 })), 'item'));
    check('cross_entropy ignore smoothing none', () => F('cross_entropy', x(), tensor([0, -100, 3]), kw({ label_smoothing: 0.2, reduction: 'none' })));
    check('cross_entropy all ignored', () => F('cross_entropy', x(), tensor([-100, -100, -100])));
    check('cross_entropy all ignored smoothing', () => F('cross_entropy', x(), tensor([-100, -100, -100]), kw({ label_smoothing: 0.1 })));
    check('cross_entropy ignore_index 1', () => m(F('cross_entropy', x(), tensor([0, 1, 3]), kw({ ignore_index: 1 })), 'item'));
    check('cross_entropy weight', () => m(F('cross_entropy', x(), y(), kw({ weight: classWeights() })), 'item'));
    check('cross_entropy weight smoothing', () => m(F('cross_entropy', x(), tensor([0, 1, 3]), kw({ weight: classWeights(), label_smoothing: 0.1 })), 'item'));
    check('cross_entropy weight smoothing ignore', () => m(F('cross_entropy', x(), tensor([0, -100, 3]), kw({ weight: classWeights(), label_smoothing: 0.3 })), 'item'));
    check('cross_entropy weight smoothing sum', () => m(F('cross_entropy', x(), y(), kw({ weight: classWeights(), label_smoothing: 0.1, reduction: 'sum' })), 'item'));
    check('cross_entropy weight double', () => F('cross_entropy', x(), y(), kw({ weight: torch('tensor', [f(1), f(2), 0.5, f(1)], kw({ dtype: dt('float64') })) })));
    check('cross_entropy weight wrong size', () => F('cross_entropy', x(), y(), kw({ weight: torch('ones', 3) })));
    check('cross_entropy too much smoothing', () => F('cross_entropy', x(), y(), kw({ label_smoothing: 1.5 })));
    check('cross_entropy smoothing 1.25', () => F('cross_entropy', x(), y(), kw({ label_smoothing: 1.25 })));
    check('cross_entropy negative smoothing', () => m(F('cross_entropy', x(), y(), kw({ label_smoothing: -0.5 })), 'item'));
    check('cross_entropy float targets', () => F('cross_entropy', x(), tensor([f(0), f(2), f(3)])));
    check('cross_entropy int32 targets', () => F('cross_entropy', x(), m(y(), 'int')));
    check('cross_entropy target out of bounds', () => F('cross_entropy', x(), tensor([0, 2, 4])));
    check('cross_entropy target negative', () => F('cross_entropy', x(), tensor([0, 2, -1])));
    check('cross_entropy batch mismatch', () => F('cross_entropy', x(), tensor([0, 2])));
    check('cross_entropy bad reduction', () => F('cross_entropy', x(), y(), kw({ reduction: 'foo' })));
    check('cross_entropy long input', () => F('cross_entropy', m(x(), 'long'), y()));
    check('cross_entropy 1d input', () => F('cross_entropy', tensor([0.5, 1.2, f(3)]), tensor(1), kw({ label_smoothing: 0.2 })));
    check('cross_entropy 0-dim', () => F('cross_entropy', tensor(f(1)), tensor(1)));
    check('cross_entropy 3d', () => F('cross_entropy', m(x(), 'view', 3, 2, 2), tensor([[0, 1], [1, 1], [0, 0]]), kw({ reduction: 'none' })));
    check('cross_entropy 3d mean smoothing', () => m(F('cross_entropy', m(x(), 'view', 3, 2, 2), tensor([[0, 1], [1, -100], [0, 0]]), kw({ label_smoothing: 0.1 })), 'item'));
    check('cross_entropy 3d target size', () => F('cross_entropy', m(x(), 'view', 3, 2, 2), tensor([[0, 1, 1], [1, 1, 1], [0, 0, 1]])));
    check('cross_entropy size_average', () => F('cross_entropy', x(), y(), kw({ size_average: false })));
    check('cross_entropy reduce False', () => F('cross_entropy', x(), y(), kw({ reduce: false })));
    check('cross_entropy module weight ignore', () => call(nn('CrossEntropyLoss', kw({ weight: classWeights(), ignore_index: 2, reduction: 'sum' })), x(), y()));
    check('cross_entropy module repr', () => nn('CrossEntropyLoss', kw({ label_smoothing: 0.1 })));
  });

  describe('F.cross_entropy with probability targets', () => {
    check('cross_entropy probs smoothing', () => m(F('cross_entropy', x(), softTargets(), kw({ label_smoothing: 0.1 })), 'item'));
    check('cross_entropy probs weight', () => m(F('cross_entropy', x(), softTargets(), kw({ weight: classWeights() })), 'item'));
    check('cross_entropy probs none', () => F('cross_entropy', x(), softTargets(), kw({ reduction: 'none', label_smoothing: 0.3 })));
    check('cross_entropy probs too much smoothing', () => F('cross_entropy', x(), torch('softmax', x(), 1), kw({ label_smoothing: 1.5 })));
    check('cross_entropy probs negative smoothing', () => m(F('cross_entropy', x(), torch('softmax', x(), 1), kw({ label_smoothing: -0.5 })), 'item'));
    check('cross_entropy probs ignore_index', () => F('cross_entropy', x(), torch('softmax', x(), 1), kw({ ignore_index: 1 })));
    check('cross_entropy long probs', () => F('cross_entropy', x(), m(torch('softmax', x(), 1), 'long')));
    check('cross_entropy multi-target', () => F('cross_entropy', x(), torch('zeros', 3, 5)));
  });

  describe('F.nll_loss', () => {
    check('nll_loss', () => F('nll_loss', F('log_softmax', x(), 1), y()));
    check('nll_loss weight mean', () => m(F('nll_loss', F('log_softmax', x(), 1), y(), kw({ weight: tensor([f(1), f(2), 0.5, f(3)]) })), 'item'));
    check('nll_loss soft targets', () => F('nll_loss', x(), torch('zeros', 3, 4)));
    check('nll_loss float targets', () => F('nll_loss', x(), tensor([f(0), f(2), f(3)])));
    check('nll_loss out of bounds', () => F('nll_loss', x(), tensor([0, 2, 4])));
    check('nll_loss 1d', () => F('nll_loss', tensor([-0.5, -1.2, f(-3)]), tensor(1), kw({ weight: tensor([f(1), f(2), f(3)]) })));
    check('nll_loss 1d ignored', () => F('nll_loss', tensor([-0.5, -1.2, f(-3)]), tensor(-100)));
    check('nll_loss 1d none', () => F('nll_loss', tensor([-0.5, -1.2, f(-3)]), tensor(1), kw({ reduction: 'none' })));
    check('nll_loss weight size', () => F('nll_loss', x(), y(), kw({ weight: tensor([f(1), f(2), 0.5]) })));
    check('nll_loss weight dtype', () => F('nll_loss', m(x(), 'double'), y(), kw({ weight: tensor([f(1), f(2), 0.5, 1]) })));
    check('nll_loss batch', () => F('nll_loss', x(), tensor([[0, 1, 3]])));
    check('nll_loss flat input', () => F('nll_loss', m(x(), 'view', 12), y()));
    check('nll_loss module none', () => call(nn('NLLLoss', kw({ reduction: 'none' })), m(x(), 'log_softmax', 1), y()));
  });

  describe('F.kl_div', () => {
    const halfHalf = () => tensor([[f(0), 0.5, 0.5, f(0)], [f(0), 0.5, 0.5, f(0)], [f(0), 0.5, 0.5, f(0)]]);
    check('kl_div batchmean', () => m(F('kl_div', m(x(), 'log_softmax', 1), softTargets(), kw({ reduction: 'batchmean' })), 'item'));
    check('kl_div mean', () => m(F('kl_div', m(x(), 'log_softmax', 1), softTargets()), 'item'));
    check('kl_div sum zeros in target', () => m(F('kl_div', m(x(), 'log_softmax', 1), halfHalf(), kw({ reduction: 'sum' })), 'item'));
    check('kl_div none', () => F('kl_div', m(x(), 'log_softmax', 1), halfHalf(), kw({ reduction: 'none' })));
    check('kl_div log_target', () => m(F('kl_div', m(x(), 'log_softmax', 1), m(softTargets(), 'log'), kw({ reduction: 'sum', log_target: true })), 'item'));
    check('kl_div probabilities as input', () => m(F('kl_div', torch('softmax', x(), 1), softTargets(), kw({ reduction: 'batchmean' })), 'item'));
    check('kl_div shape', () => F('kl_div', x(), torch('zeros', 3, 5)));
    check('kl_div bad reduction', () => F('kl_div', x(), torch('zeros', 3, 4), kw({ reduction: 'foo' })));
    check('kl_div module', () => call(nn('KLDivLoss', kw({ reduction: 'batchmean' })), m(x(), 'log_softmax', 1), softTargets()));
  });

  describe('binary cross-entropy', () => {
    checkClose('bce', () => m(F('binary_cross_entropy', tensor([0.5, 0.2, 0.9]), tensor([f(1), f(0), 0.95])), 'item'));
    check('bce clamps log', () => F('binary_cross_entropy', tensor([f(0), f(1)]), tensor([f(1), f(1)])));
    check('bce out of range', () => F('binary_cross_entropy', tensor([0.5, 1.2]), tensor([f(1), f(0)])));
    check('bce size', () => F('binary_cross_entropy', tensor([0.5, 0.2]), tensor([f(1), f(0), f(1)])));
    check('bce weight none', () => F('binary_cross_entropy', tensor([0.5, 0.2]), tensor([f(1), f(0)]), kw({ weight: tensor([f(2), f(1)]), reduction: 'none' })));
    checkClose('bce logits', () => m(F('binary_cross_entropy_with_logits', tensor([0.5, -3.2, f(10)]), tensor([f(1), f(0), 0.95])), 'item'));
    checkClose('bce logits pos_weight', () => m(F('binary_cross_entropy_with_logits', tensor([0.5, -3.2]), tensor([f(1), f(0)]), kw({ pos_weight: tensor([f(2)]) })), 'item'));
    check('bce logits size', () => F('binary_cross_entropy_with_logits', tensor([0.5, 0.2]), tensor([f(1)])));
    check('bce logits module', () => call(nn('BCEWithLogitsLoss', kw({ reduction: 'sum' })), tensor([0.5, -3.2]), tensor([0.95, 0.05])));
  });
});
