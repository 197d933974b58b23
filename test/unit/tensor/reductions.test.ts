import * as assert from 'assert';
import { sumAllOfEach } from '../../../server/src/tensor/reductions';
import type { Tensor } from '../../../server/src/tensor/tensor';
import { check, checkErrorType, dt, F, f, kw, m, seedLogits, torch, tup } from './helpers';

const tensor = (data: Parameters<typeof torch>[1]) => torch('tensor', data);
const mat = () => tensor([[f(1), f(2)], [f(3), f(4)]]);
const ties = () => tensor([[1, 3, 3], [2, 2, 1]]);
const withNan = () => tensor([f(1), NaN, f(3), NaN]);

/** The randn draws of the fixture snippets (torch.manual_seed(0) runs before each). */
function seeded(...shape: number[]) {
  torch('manual_seed', 0);
  return torch('randn', ...shape);
}

describe('reductions and softmax', () => {
  describe('sum and mean', () => {
    check('sum all', () => m(mat(), 'sum'));
    check('sum dim', () => m(mat(), 'sum', 1));
    check('sum dims keepdim', () => m(torch('ones', 2, 3), 'sum', tup(0, 1), kw({ keepdim: true })));
    check('sum empty dims', () => m(torch('ones', 2, 3), 'sum', kw({ dim: [] })));
    check('sum bool', () => m(tensor([true, true, false]), 'sum'));
    check('sum int dtype', () => m(torch('ones', 2, 3), 'sum', kw({ dtype: dt('long') })));
    check('sum duplicate dims', () => m(torch('zeros', 3, 4), 'sum', kw({ dim: tup(0, 0) })));
    check('sum bad dim', () => m(m(torch('arange', 6), 'view', 2, 3), 'sum', 2));
    check('sum empty', () => m(torch('ones', 0), 'sum'));
    check('mean', () => m(tensor([[f(1), f(2)], [f(3), f(5)]]), 'mean', 0));
    check('mean keepdim positional', () => m(torch('ones', 2, 3), 'mean', 1, true));
    check('mean int', () => m(torch('arange', 6), 'mean'));
    check('mean int dtype', () => m(torch('zeros', 3, 4), 'mean', kw({ dtype: dt('long') })));
    check('mean empty', () => m(torch('ones', 0), 'mean'));
  });

  describe('float32 sums add in PyTorch\'s order (bit for bit)', () => {
    check('sum randn 100 exact', () => m(m(seeded(100), 'sum'), 'item'));
    check('sum randn 7 exact', () => m(m(seeded(7), 'sum'), 'item'));
    check('row sums exact', () => m(m(seeded(5, 10), 'sum', 1), 'tolist'));
    check('row sums 4 exact', () => m(m(seeded(5, 4), 'sum', 1), 'tolist'));
    check('column sums exact', () => m(m(seeded(10, 6), 'sum', 0), 'tolist'));
    check('column sums wide exact', () => m(m(seeded(20, 40), 'sum', 0), 'tolist'));
    check('mean randn exact', () => m(m(seeded(3, 50), 'mean'), 'item'));
  });

  describe('max, min, argmax', () => {
    check('max all', () => m(tensor([[1, 5], [7, 2]]), 'max'));
    check('max dim', () => m(ties(), 'max', 1));
    check('min dim keepdim', () => m(tensor([[f(1), 5], [7, 2]]), 'min', kw({ dim: 0, keepdim: true })));
    check('max nan', () => m(withNan(), 'max', 0));
    check('max empty', () => m(torch('ones', 0), 'max'));
    check('max empty dim', () => m(torch('ones', 2, 0), 'max', 1));
    check('torch max dim', () => torch('max', torch('ones', 2, 3), kw({ dim: 0 })));
    check('argmax', () => m(ties(), 'argmax', 1));
    check('argmax all', () => m(ties(), 'argmax'));
    check('argmax keepdim', () => m(ties(), 'argmax', kw({ keepdim: true })));
    check('argmin nan', () => m(withNan(), 'argmin'));
    check('argmax empty', () => m(torch('ones', 0), 'argmax'));
    check('amax', () => m(tensor([[f(1), f(5)], [f(7), f(2)]]), 'amax', 1));
    check('all any', () => tup(m(tensor([true, true]), 'all'), m(tensor([1, 0]), 'any')));
    check('0-dim reductions', () => {
      const x = () => tensor(f(3));
      return tup(m(x(), 'max', 0), m(x(), 'sum', 0), m(x(), 'argmax', 0), m(x(), 'softmax', 0));
    });
  });

  describe('logsumexp', () => {
    check('logsumexp', () => m(mat(), 'logsumexp', 1));
    check('logsumexp int', () => m(tensor([[1, 2], [3, 4]]), 'logsumexp', kw({ dim: 0, keepdim: true })));
    check('logsumexp inf', () => m(tensor([Infinity, f(1)]), 'logsumexp', 0));
    check('logsumexp -inf', () => m(tensor([-Infinity, -Infinity]), 'logsumexp', 0));
    checkErrorType('logsumexp no dim', () => m(torch('ones', 3), 'logsumexp'));
  });

  describe('softmax and log_softmax', () => {
    check('softmax', () => torch('softmax', seedLogits(), 1));
    check('softmax dim 0', () => m(seedLogits(), 'softmax', 0));
    check('log_softmax', () => F('log_softmax', seedLogits(), kw({ dim: 1 })));
    check('log_softmax dim 0', () => F('log_softmax', seedLogits(), kw({ dim: 0 })));
    check('log of softmax', () => torch('log', F('softmax', seedLogits(), kw({ dim: -1 }))));
    check('softmax implicit 2d', () => F('softmax', seedLogits()));
    check('softmax implicit 1d', () => F('softmax', tensor([f(1), f(2), f(3)])));
    check('softmax implicit 3d', () => F('softmax', m(torch('arange', f(8)), 'view', 2, 2, 2)));
    check('softmax long', () => m(m(torch('zeros', 3, 4), 'long'), 'softmax', 1));
    check('softmax long dim 0', () => m(m(torch('zeros', 3, 4), 'long'), 'softmax', 0));
    check('log_softmax long', () => m(m(torch('zeros', 3, 4), 'long'), 'log_softmax', 1));
    check('softmax long with dtype', () => m(m(torch('zeros', 3, 4), 'long'), 'softmax', 1, kw({ dtype: dt('float64') })));
    check('softmax bad dim', () => m(torch('zeros', 3, 4), 'softmax', 2));
    check('softmax 3d dim 1', () => m(m(torch('arange', f(12)), 'view', 2, 3, 2), 'softmax', 1));
    check('softmax randn close', () => m(torch('softmax', seeded(4, 37), 1), 'tolist'));
    check('log_softmax randn close', () => m(torch('log_softmax', seeded(3, 10), 1), 'tolist'));
  });

  describe('sumAllOfEach (numbers, for the evaluator\'s tangent columns) adds each row as sum() does, bit for bit', () => {
    const cases: [string, () => ReturnType<typeof torch>][] = [
      ['3 float32', () => seeded(3)], ['100 float32', () => seeded(100)], ['5×10 float32', () => seeded(5, 10)],
      ['a 0-dim tensor', () => m(seeded(4), 'sum')], ['10×6 transposed', () => m(seeded(10, 6), 't')],
      ['37 float64', () => m(seeded(37), 'double')], ['3×1 column', () => seeded(3, 1)], ['none', () => torch('ones', 0)],
    ];
    for (const [name, make] of cases) {
      it(name, () => {
        const row = make();
        const rows = [row, m(row, 'mul', f(3)), m(row, 'neg')];
        const stacked = torch('stack', rows) as { kind: 'tensor'; tensor: Tensor };
        // The stack holds contiguous copies: a transposed row is summed in its copy's order.
        const viaSum = rows.map(each => (m(m(m(each, 'contiguous'), 'sum'), 'item') as { value: number }).value);
        assert.deepStrictEqual(sumAllOfEach(stacked.tensor), viaSum);
      });
    }
    it('refuses an integer tensor', () => assert.throws(() => sumAllOfEach((m(torch('arange', 6), 'view', 2, 3) as { tensor: Tensor }).tensor), /floating/));
  });
});
