import * as assert from 'assert';
import { Unsupported } from '../../../server/src/evaluator/values';
import { formatTensor, MAX_PREVIEW_ELEMENTS } from '../../../server/src/tensor/index';
import { check, dt, f, kw, m, outcome, tensorOf, torch, tup, F } from './helpers';

describe('creating tensors', () => {
  check('tensor of floats', () => torch('tensor', [1.5, 2, -3]));
  check('tensor of ints', () => torch('tensor', [[1, 2], [3, 4]]));
  check('tensor of bools', () => torch('tensor', [true, false]));
  check('tensor bool and int', () => torch('tensor', [true, 2]));
  check('tensor bool and float', () => torch('tensor', [true, 2.5]));
  check('tensor dtype long from floats', () => torch('tensor', [-1.5, 2.7], kw({ dtype: dt('long') })));
  check('tensor dtype bool from ints', () => torch('tensor', [0, 2], kw({ dtype: dt('bool') })));
  check('tensor dtype float64', () => torch('tensor', [0.1, 0.2], kw({ dtype: dt('float64') })));
  check('tensor 0-dim', () => torch('tensor', 3));
  check('tensor empty', () => torch('tensor', []));
  check('tensor empty nested', () => torch('tensor', [[]]));
  check('tensor ragged', () => torch('tensor', [[1, 2], [3]]));
  check('tensor with None', () => torch('tensor', [1, null]));
  check('tensor with str', () => torch('tensor', [1, 'a']));
  check('tensor of 0-dim tensors', () => torch('tensor', [torch('tensor', 1.5, kw({ dtype: dt('float64') })), 2]));
  check('tensor of multi-element tensors', () => torch('tensor', [torch('tensor', [1.5, f(2)]), 2]));
  check('zeros varargs', () => torch('zeros', 2, 3));
  check('zeros tuple long', () => torch('zeros', tup(2, 3), kw({ dtype: dt('long') })));
  check('ones list', () => torch('ones', [2]));
  check('zeros negative', () => torch('zeros', -1));
  check('zeros float size', () => torch('zeros', 2.5));
  check('zeros nested size', () => torch('zeros', 2, tup(3)));
  check('full int', () => torch('full', tup(2), 3));
  check('full bool', () => torch('full', tup(2), true));
  check('full float', () => torch('full', tup(2, 2), 0.5));
  check('full dtype', () => torch('full', [2], 3, kw({ dtype: dt('float') })));
  check('full int size', () => torch('full', 2, f(3)));
  check('arange end', () => torch('arange', 5));
  check('arange start end', () => torch('arange', 1, 4));
  check('arange float step', () => torch('arange', f(0), 1, 0.1));
  check('arange float end', () => torch('arange', 1, 4.5));
  check('arange float64', () => torch('arange', 0, 1, 0.3, kw({ dtype: dt('float64') })));
  check('arange dtype float', () => torch('arange', 10, kw({ dtype: dt('float') })));
  check('arange 0.07 exact', () => m(torch('arange', 0, 2, 0.07), 'tolist'));
  check('arange negative step', () => torch('arange', 10, 0, -3));
  check('arange zero step', () => torch('arange', 0, 10, 0));
  check('arange wrong sign', () => torch('arange', 10, 0));
  check('linspace', () => torch('linspace', 0, 1, 5));
  check('eye', () => torch('eye', 3));
  check('eye rectangular long', () => torch('eye', 2, 3, kw({ dtype: dt('long') })));
  check('zeros_like int', () => torch('zeros_like', torch('tensor', [1, 2])));
  check('ones_like dtype', () => torch('ones_like', torch('tensor', [1.5]), kw({ dtype: dt('float64') })));
  check('full_like long', () => torch('full_like', torch('zeros', 2, kw({ dtype: dt('long') })), 2.7));
  check('new_zeros', () => m(torch('zeros', 2, kw({ dtype: dt('long') })), 'new_zeros', 3));
  check('new_ones', () => m(torch('ones', 2, 3), 'new_ones', 2));
  check('new_full', () => m(torch('zeros', 2, 3), 'new_full', tup(2), 7));
  check('new_tensor long', () => m(torch('zeros', 2, kw({ dtype: dt('long') })), 'new_tensor', [1.5, 2]));
  check('new_tensor float', () => m(torch('zeros', 2), 'new_tensor', [1, 2]));
  check('cat', () => torch('cat', [torch('zeros', 2, 2), torch('ones', 1, 2)]));
  check('cat dim 1', () => torch('cat', tup(torch('zeros', 2, 1), torch('ones', 2, 2)), kw({ dim: 1 })));
  check('cat mismatch', () => torch('cat', [torch('zeros', 2, 2), torch('ones', 2, 3)]));
  check('stack', () => torch('stack', [torch('tensor', [1, 2]), torch('tensor', [3, 4])], kw({ dim: 1 })));
  check('requires_grad leaf', () => torch('zeros', 2, kw({ requires_grad: true })));

  describe('torch.empty (uninitialized memory)', () => {
    check('empty fill scatter idiom', () => m(m(torch('empty', 3, 4), 'fill_', 0.1 / 3), 'scatter_', 1, torch('tensor', [[0], [2], [3]]), 1 - 0.1));

    it('refuses to print or compute with values that were never written', () => {
      const empty = torch('empty', 3, 4);
      assert.strictEqual(outcome(() => empty), 'Unsupported: values of torch.empty are uninitialized');
      assert.strictEqual(outcome(() => m(empty, 'sum')), 'Unsupported: values of torch.empty are uninitialized');
      assert.strictEqual(outcome(() => m(empty, 'item')), 'ValueError: only one element tensors can be converted to Python scalars');
    });

    it('keeps shape and dtype known', () => {
      const empty = torch('empty', 3, 4, kw({ dtype: dt('long') }));
      assert.deepStrictEqual(tensorOf(empty).shape, [3, 4]);
      assert.strictEqual(outcome(() => m(m(empty, 'float'), 'sum', 1)), 'Unsupported: values of torch.empty are uninitialized');
    });

    it('stays unknown where only some elements were written', () => {
      const partly = m(torch('empty', 2, 2), 'scatter_', 1, torch('tensor', [[0], [1]]), f(1));
      assert.throws(() => formatTensor(tensorOf(partly)), Unsupported);
    });

    it('becomes known after a full write through a view of all of it', () => {
      const t = torch('empty', 2, 3);
      m(m(t, 't'), 'zero_');
      assert.strictEqual(formatTensor(tensorOf(t)), 'tensor([[0., 0., 0.],\n        [0., 0., 0.]])');
    });

    it('one_hot of an empty batch is known (it has no values)', () => {
      assert.strictEqual(outcome(() => F('one_hot', torch('tensor', [], kw({ dtype: dt('long') })), 3)), 'tensor([], size=(0, 3), dtype=torch.int64)');
    });
  });

  describe('the preview size limit', () => {
    it(`refuses tensors over ${MAX_PREVIEW_ELEMENTS.toLocaleString('en-US')} elements before allocating`, () => {
      assert.strictEqual(outcome(() => torch('zeros', 1000000, 1000000)), 'Unsupported: a tensor of 10^12 elements is over the preview limit of 1,000,000');
      assert.strictEqual(outcome(() => torch('empty', 1001, 1000)), 'Unsupported: a tensor of 1,001,000 elements is over the preview limit of 1,000,000');
      assert.strictEqual(outcome(() => F('one_hot', torch('tensor', [1, 2]), 10 ** 9)), 'Unsupported: a tensor of 2,000,000,000 elements is over the preview limit of 1,000,000');
      assert.strictEqual(outcome(() => torch('arange', 10 ** 7)), 'Unsupported: a tensor of 10^7 elements is over the preview limit of 1,000,000');
    });

    it('refuses huge broadcasts and expansions when they are materialized', () => {
      const wide = m(torch('zeros', 1, 1), 'expand', 100000, 100000);
      assert.deepStrictEqual(tensorOf(wide).shape, [100000, 100000]);
      assert.throws(() => m(wide, 'sum'), Unsupported);
      assert.throws(() => m(torch('ones', 1000, 1), 'add', torch('ones', 1, 10000)), Unsupported);
    });

    it('allows exactly the limit', () => {
      assert.deepStrictEqual(tensorOf(torch('zeros', 1000, 1000)).shape, [1000, 1000]);
    });
  });
});
