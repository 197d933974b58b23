import { type PyValue } from '../../../server/src/evaluator/values';
import { tensorLength, tensorToFloat, tensorToInt, tensorTruth } from '../../../server/src/tensor/index';
import { assign, attr, check, dt, F, f, kw, m, op, seedLabels, seedLogits, sl, tensorOf, torch, tup } from './helpers';

const tensor = (data: Parameters<typeof torch>[1], dtype?: string) => (dtype === undefined ? torch('tensor', data) : torch('tensor', data, kw({ dtype: dt(dtype) })));
const column = () => tensor([[1], [2], [3]]);
const zeros34 = () => torch('zeros', 3, 4);

describe('one_hot, scatter, gather and fills', () => {
  describe('F.one_hot', () => {
    check('one_hot', () => F('one_hot', tensor([0, 2, 3]), 4));
    check('one_hot inferred', () => F('one_hot', tensor([0, 2])));
    check('one_hot 2d', () => F('one_hot', tensor([[0, 1], [2, 0]]), 3));
    check('one_hot float', () => F('one_hot', tensor([f(1), f(2)])));
    check('one_hot int32', () => F('one_hot', tensor([1, 2], 'int32'), 4));
    check('one_hot too large', () => F('one_hot', tensor([1, 5]), 4));
    check('one_hot negative', () => F('one_hot', tensor([-1, 2]), 4));
    check('one_hot negative classes', () => F('one_hot', tensor([1, 2]), -2));
    check('one_hot empty', () => F('one_hot', tensor([], 'long')));
    check('one_hot empty with classes', () => F('one_hot', tensor([], 'long'), 3));
  });

  describe('scatter_ and scatter', () => {
    check('scatter_ value', () => m(zeros34(), 'scatter_', 1, column(), 0.9));
    check('scatter_ negative dim', () => m(zeros34(), 'scatter_', -1, tensor([[0], [1], [2]]), 0.9));
    check('scatter_ value keyword', () => m(zeros34(), 'scatter_', 1, column(), kw({ value: 2 })));
    check('scatter_ src keyword', () => m(zeros34(), 'scatter_', 1, column(), kw({ src: torch('ones', 3, 1) })));
    check('scatter_ src rows', () => m(torch('zeros', 2, 3), 'scatter_', 0, tensor([[1, 0, 1]]), tensor([[f(7), f(8), f(9)]])));
    check('scatter_ src larger', () => m(torch('zeros', 3), 'scatter_', 0, tensor([0]), tensor([f(1), f(2)])));
    check('scatter int value', () => m(zeros34(), 'scatter', 1, column(), 1));
    check('scatter float into long', () => m(m(zeros34(), 'long'), 'scatter', 1, column(), 1.5));
    check('scatter into bool', () => m(m(zeros34(), 'bool'), 'scatter', 1, column(), 1.5));
    check('scatter int32 index', () => m(zeros34(), 'scatter_', 1, m(column(), 'int'), f(1)));
    check('scatter 1-d index', () => m(zeros34(), 'scatter_', 1, tensor([1, 2, 3]), f(1)));
    check('scatter index out of bounds', () => m(zeros34(), 'scatter_', 1, tensor([[1], [2], [4]]), f(1)));
    check('scatter negative index', () => m(zeros34(), 'scatter_', 1, tensor([[1], [2], [-1]]), f(1)));
    check('scatter bad dim', () => m(zeros34(), 'scatter_', 2, column(), f(1)));
    check('scatter wide index', () => m(zeros34(), 'scatter_', 1, tensor([[1, 2, 3, 0, 1]]), f(1)));
    check('scatter index too big', () => m(zeros34(), 'scatter_', 1, tensor([[1, 2, 3, 0, 1], [0, 0, 0, 0, 0], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1]]), f(1)));
    check('scatter src dtype', () => m(zeros34(), 'scatter_', 1, column(), torch('ones', 3, 1, kw({ dtype: dt('float64') }))));
    check('scatter src too small', () => m(zeros34(), 'scatter_', 1, column(), torch('ones', 2, 1)));
    check('scatter 0-dim src', () => m(zeros34(), 'scatter_', 1, column(), tensor(f(5))));
    check('scatter unsqueezed twice', () => m(zeros34(), 'scatter_', 1, m(tensor([[0], [1], [2]]), 'unsqueeze', 1), 0.9));
    check('scatter reduce add', () => m(zeros34(), 'scatter', 1, tensor([[1], [1], [1]]), f(2), kw({ reduce: 'add' })));
    check('scatter_add_', () => m(zeros34(), 'scatter_add_', 1, tensor([[1, 1], [1, 1], [1, 1]]), torch('ones', 3, 2)));
  });

  describe('gather', () => {
    check('gather', () => m(tensor([[f(1), f(2)], [f(3), f(4)]]), 'gather', 1, tensor([[0], [0]])));
    check('gather log probs', () => m(torch('log_softmax', seedLogits(), 1), 'gather', 1, m(seedLabels(), 'unsqueeze', 1)));
    check('gather out of bounds', () => m(zeros34(), 'gather', 1, tensor([[1], [2], [5]])));
    check('gather int32', () => m(zeros34(), 'gather', 1, m(column(), 'int')));
    check('gather 1-d index', () => m(zeros34(), 'gather', 1, tensor([1, 2, 3])));
    check('gather too many rows', () => m(zeros34(), 'gather', 1, tensor([[1], [2], [3], [0]])));
  });

  describe('fill_, zero_, copy_, masked_fill, index_fill', () => {
    check('fill_ tensor', () => m(torch('zeros', 3), 'fill_', tensor(2.5, 'float64')));
    check('fill_ 1-d tensor', () => m(torch('zeros', 3), 'fill_', tensor([f(1)])));
    check('fill_ long with float', () => m(m(torch('zeros', 3), 'long'), 'fill_', 2.9));
    check('fill_ bool', () => m(m(torch('zeros', 3), 'bool'), 'fill_', 2.9));
    check('zero_', () => m(torch('ones', 2, 2), 'zero_'));
    check('copy_ broadcast', () => m(torch('zeros', 2, 3), 'copy_', tensor([1, 2, 3])));
    check('copy_ mismatch', () => m(torch('zeros', 3), 'copy_', torch('ones', 4)));
    check('copy_ larger', () => m(torch('zeros', 3), 'copy_', torch('ones', 2, 3)));
    check('masked_fill', () => m(zeros34(), 'masked_fill', tensor([true, false, true, false]), f(-Infinity)));
    check('masked_fill_ long mask', () => m(torch('zeros', 3), 'masked_fill_', tensor([1, 0, 1]), f(1)));
    check('masked_fill bad long mask', () => m(torch('zeros', 3), 'masked_fill', tensor([2, 0, 1]), f(1)));
    check('masked_fill long with float', () => m(torch('zeros', 3, kw({ dtype: dt('long') })), 'masked_fill_', tensor([true, false, true]), 0.5));
    check('masked_fill broadcast result', () => m(torch('zeros', 3), 'masked_fill', tensor([[true], [false]]), f(1)));
    check('masked_fill_ broadcast error', () => m(torch('zeros', 3), 'masked_fill_', tensor([[true], [false]]), f(1)));
    check('masked_fill size error', () => m(torch('zeros', 3), 'masked_fill', tensor([true, false]), f(1)));
    check('masked_fill tensor value', () => m(torch('zeros', 3), 'masked_fill', tensor([true, false, true]), torch('ones', 2)));
    check('masked_fill 0-dim value', () => m(m(torch('zeros', 3), 'long'), 'masked_fill', tensor([true, false, true]), tensor(2.5)));
    check('index_fill_', () => m(zeros34(), 'index_fill_', 1, tensor([0, 2]), -1));
    check('index_fill negative', () => m(zeros34(), 'index_fill', 1, tensor([-1]), f(2)));
    check('index_fill out of range', () => m(zeros34(), 'index_fill_', 1, tensor([4]), f(1)));
    check('index_fill int32', () => m(zeros34(), 'index_fill_', 1, m(tensor([1]), 'int'), f(1)));
    check('index_fill 2-d index', () => m(zeros34(), 'index_fill_', 1, tensor([[1]]), f(1)));
  });

  describe('nonzero, masked_select, index_select', () => {
    const sparse = () => tensor([[0, 1], [2, 0]]);
    check('nonzero', () => torch('nonzero', sparse()));
    check('nonzero as_tuple', () => m(sparse(), 'nonzero', kw({ as_tuple: true })));
    check('nonzero 0-dim', () => torch('nonzero', tensor(3)));
    check('nonzero none', () => torch('nonzero', tensor([0, 0])));
    check('annotated transformer padding', () => {
      const target = tensor([2, 0, 1, 0]);
      const trueDist = torch('full', tup(4, 5), 0.4 / 3);
      m(trueDist, 'scatter_', 1, m(attr(target, 'data'), 'unsqueeze', 1), 0.6);
      assign(trueDist, [sl(), 0], 0);
      const mask = torch('nonzero', op('==', attr(target, 'data'), 0));
      m(trueDist, 'index_fill_', 0, m(mask, 'squeeze'), f(0));
      return trueDist;
    });
    check('masked_select', () => m(tensor([f(1), 2, 3]), 'masked_select', tensor([true, false, true])));
    check('index_select', () => m(m(torch('arange', 6), 'view', 2, 3), 'index_select', 1, tensor([2, 0])));
    check('index_select out of range', () => m(m(torch('arange', 6), 'view', 2, 3), 'index_select', 1, tensor([3])));
    check('index_select 2-d index', () => m(m(torch('arange', 6), 'view', 2, 3), 'index_select', 1, tensor([[1]])));
    check('backward returns None', () => m(m(op('*', torch('ones', 2, kw({ requires_grad: true })), 2), 'sum'), 'backward'));
  });

  describe('conversions and Python values', () => {
    check('float long bool conversions', () => {
      const x = tensor([-1.5, f(0), 2.7]);
      return tup(m(x, 'long'), m(x, 'bool'), m(m(x, 'long'), 'float'), m(x, 'double'), m(x, 'int'));
    });
    check('to dtype', () => m(tensor([1, 2]), 'to', dt('float32')));
    check('to other tensor', () => m(tensor([1, 2]), 'to', torch('zeros', 1, kw({ dtype: dt('float64') }))));
    check('type string', () => m(tensor([1, 2]), 'type'));
    check('type dtype', () => m(tensor([1.5]), 'type', dt('long')));
    check('item float', () => m(tensor([0.1]), 'item'));
    check('item int', () => m(tensor(3), 'item'));
    check('item bool', () => m(tensor([true]), 'item'));
    check('item many', () => m(torch('ones', 2), 'item'));
    check('tolist', () => m(tensor([[f(1), 2.5], [f(3), f(4)]]), 'tolist'));
    check('tolist 0-dim', () => m(tensor(2), 'tolist'));
    check('float of tensor', () => tensorToFloat(tensorOf(tensor([2.5]))));
    check('int of tensor', () => tensorToInt(tensorOf(tensor(-2.7))));
    check('bool of tensor', (): PyValue => ({ kind: 'bool', value: tensorTruth(tensorOf(tensor(f(0)))) }));
    check('bool of many', (): PyValue => ({ kind: 'bool', value: tensorTruth(tensorOf(torch('ones', 2))) }));
    check('len', (): PyValue => ({ kind: 'int', value: tensorLength(tensorOf(torch('zeros', 4, 2))) }));
    check('len 0-dim', (): PyValue => ({ kind: 'int', value: tensorLength(tensorOf(tensor(f(1)))) }));
  });
});
