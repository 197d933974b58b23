import * as assert from 'assert';
import { formatTensor, invalidateRandomState, resetRandomState, unknownReason } from '../../../server/src/tensor/index';
import { check, checkClose, dt, F, f, kw, m, outcome, tensorOf, torch, tup } from './helpers';

/** Each fixture snippet starts with torch.manual_seed(0) unless it seeds itself. */
function seed(value = 0): void {
  torch('manual_seed', value);
}

describe('random numbers from torch.manual_seed', () => {
  afterEach(() => resetRandomState());

  check('randn 3x4', () => { seed(); return torch('randn', 3, 4); });
  check('randn 35 exact', () => { seed(); return m(torch('randn', 35), 'tolist'); });
  check('randn 16 exact', () => { seed(3); return m(torch('randn', 4, 4), 'tolist'); });
  checkClose('randn float64 close', () => { seed(); return m(torch('randn', 20, kw({ dtype: dt('float64') })), 'tolist'); }, 1e-12);
  check('randn sequence', () => { seed(); const a = torch('randn', 3); const b = torch('randn', 3); return tup(a, b); });
  check('rand', () => { seed(); return m(torch('rand', 5), 'tolist'); });
  check('rand float64', () => { seed(); return m(torch('rand', 3, kw({ dtype: dt('float64') })), 'tolist'); });
  check('randint', () => { seed(); return torch('randint', 0, 10, tup(6)); });
  check('randint high only', () => { seed(); return torch('randint', 5, tup(2, 3)); });
  check('randperm', () => { seed(); return torch('randperm', 10); });
  check('normal', () => { seed(); return m(torch('normal', f(2), f(3), tup(2, 2)), 'tolist'); });
  check('normal_ view', () => {
    seed();
    const x = torch('zeros', 4, 5);
    m(m(x, 't'), 'normal_');
    return m(x, 'tolist');
  });
  check('uniform_', () => { seed(); return m(m(torch('zeros', 4), 'uniform_', -1, 1), 'tolist'); });
  check('seeded loss', () => {
    seed();
    return F('cross_entropy', torch('randn', 3, 4), torch('tensor', [0, 2, 3]), kw({ label_smoothing: 0.1 }));
  });
  check('randn_like', () => { seed(); return torch('randn_like', torch('zeros', 2, 2)); });

  describe('without a known generator state', () => {
    it('gives tensors of the right shape whose values are unknown', () => {
      resetRandomState();
      const logits = torch('randn', 3, 4);
      assert.deepStrictEqual(tensorOf(logits).shape, [3, 4]);
      assert.strictEqual(unknownReason(tensorOf(logits)), 'random values (no torch.manual_seed)');
      assert.strictEqual(outcome(() => logits), 'Unsupported: random values (no torch.manual_seed)');
    });

    it('carries the unknown values through computations, keeping shapes and errors', () => {
      resetRandomState();
      const logits = torch('randn', 3, 4);
      const loss = F('cross_entropy', logits, torch('tensor', [0, 2, 3]), kw({ label_smoothing: 0.1 }));
      assert.deepStrictEqual(tensorOf(loss).shape, []);
      assert.strictEqual(unknownReason(tensorOf(loss)), 'random values (no torch.manual_seed)');
      assert.strictEqual(outcome(() => m(logits, 'add', torch('ones', 5))), 'RuntimeError: The size of tensor a (4) must match the size of tensor b (5) at non-singleton dimension 1');
    });

    it('starts over at manual_seed, and forgets again when asked to', () => {
      resetRandomState();
      seed();
      assert.strictEqual(formatTensor(tensorOf(torch('randn', 2))), 'tensor([ 1.5410, -0.2934])');
      invalidateRandomState('random values (an unmodelled layer drew from the generator)');
      assert.strictEqual(outcome(() => torch('rand', 2)), 'Unsupported: random values (an unmodelled layer drew from the generator)');
    });

    it('an unknown randint cannot serve as indices', () => {
      resetRandomState();
      const labels = torch('randint', 0, 4, tup(3));
      assert.strictEqual(outcome(() => F('one_hot', labels, 4)), 'Unsupported: random values (no torch.manual_seed)');
    });
  });
});
