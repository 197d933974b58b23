import { type PyValue } from '../../../server/src/evaluator/values';
import { assign, at, check, dt, ELLIPSIS, f, kw, op, sl, torch, type Arg } from './helpers';

/** torch.arange(12).view(3, 4) */
const matrix = (): PyValue => torch('reshape', torch('arange', 12), 3, 4);
const tensor = (data: Arg, dtype?: string) => (dtype === undefined ? torch('tensor', data) : torch('tensor', data, kw({ dtype: dt(dtype) })));

/** Each entry mirrors `t[<index>]` in fixtures/operations.py, with t = torch.arange(12).view(3, 4). */
const GET_CASES: [string, (t: PyValue) => Arg[]][] = [
  ['int', () => [1]], ['negative int', () => [-1]], ['int out of range', () => [5]], ['negative out of range', () => [-4]],
  ['two ints', () => [1, 2]], ['slice', () => [sl(1)]], ['slice step', () => [sl(null, null, 2), sl(1, null, 2)]],
  ['slice clamped', () => [sl(), sl(-5, 10)]], ['slice empty', () => [sl(2, 1)]], ['negative step', () => [sl(null, null, -1)]],
  ['zero step', () => [sl(null, null, 0)]], ['None', () => [null]], ['None middle', () => [sl(), null]], ['ellipsis', () => [ELLIPSIS, 0]],
  ['ellipsis None', () => [ELLIPSIS, null]], ['int ellipsis int', () => [0, ELLIPSIS, 0]], ['too many', () => [sl(), sl(), sl()]],
  ['column out of range', () => [sl(), 5]], ['list', () => [[0, 2]]], ['list negative', () => [[-1]]], ['list out of range', () => [[0, 3]]],
  ['empty list', () => [[]]], ['tensor index', () => [tensor([0, 2])]], ['0-dim tensor index', () => [tensor(1)]],
  ['two lists', () => [[0, 1], [1, 2]]], ['broadcast lists', () => [[[0], [2]], [1, 3]]], ['list shape mismatch', () => [[0, 1], [1, 2, 3]]],
  ['slice then list', () => [sl(), [0, 3]]], ['list slice list', () => [[0, 2], sl()]], ['int and list', () => [0, [1, 2]]],
  ['slice None list', () => [sl(1), null, [0, 2]]], ['list of lists as tuple', () => [[[0, 1], [1, 2]]]],
  ['list out of range dim 1', () => [sl(), [0, 5]]], ['two lists out of range', () => [[0, 1], [1, 9]]],
  ['bool mask', t => [op('>', t, 5)]], ['bool mask rows', () => [tensor([true, false, true])]], ['bool list', () => [[true, false, true]]],
  ['bool mask columns', () => [sl(), tensor([true, false, true, false])]], ['bool mask wrong shape', () => [tensor([true, false])]],
  ['bool 2d wrong shape', () => [tensor([[true, false, true, false], [true, false, true, false]])]], ['True', () => [true]],
  ['False tensor', () => [tensor(false)]], ['float index', () => [1.5]], ['float tensor index', () => [tensor([f(1)])]],
  ['int32 tensor index', () => [tensor([1], 'int32')]], ['arange and labels', () => [torch('arange', 3), tensor([0, 3, 1])]],
];

/** `t[<index>] = <value>`, mirroring the 'setitem …' snippets. */
const SET_CASES: [string, (t: PyValue) => [Arg[], Arg]][] = [
  ['row from tensor', () => [[0], torch('ones', 4)]], ['row wrong size', () => [[0], torch('ones', 3)]],
  ['row too many dims', () => [[0], torch('ones', 2, 4)]], ['row from 1x4', () => [[0], torch('ones', 1, 4)]],
  ['column scalar', () => [[sl(), 1], 9]], ['element float into long', () => [[0, 0], 1.9]], ['mask scalar', t => [[op('>', t, 5)], 0]],
  ['mask float into long', t => [[op('>', t, 5)], 2.7]], ['mask 0-dim float tensor', t => [[op('>', t, 5)], tensor(f(3))]],
  ['mask wrong value size', t => [[op('>', t, 5)], tensor([1, 2])]], ['list with float tensor', () => [[[0]], tensor([1.5])]],
  ['list with wrong size', () => [[[0]], tensor([7, 8])]], ['lists broadcast value', () => [[[0, 1]], tensor([[7], [8]])]],
  ['repeated index last wins', () => [[[0, 0]], tensor([[1, 1, 1, 1], [2, 2, 2, 2]])]],
  ['arange labels', () => [[torch('arange', 3), tensor([0, 1, 2])], -1]], ['slice None list', () => [[sl(1), null, [0, 2]], 5]],
  ['ellipsis list', () => [[ELLIPSIS, [0, 0]], tensor([1, 2])]], ['assign list', () => [[0], [5, 6, 7, 8]]],
  ['column list value mismatch', () => [[sl(), [0]], tensor([1, 2])]],
];

describe('indexing', () => {
  describe('t[index]', () => {
    for (const [name, index] of GET_CASES) {
      check(`index ${name}`, () => {
        const t = matrix();
        return at(t, ...index(t));
      });
    }
    check('index 0-dim int', () => at(tensor(f(1)), 0));
    check('index 0-dim None', () => at(tensor(f(1)), null));
    check('index 0-dim ellipsis', () => at(tensor(f(1)), ELLIPSIS));
  });

  describe('t[index] = value', () => {
    for (const [name, build] of SET_CASES) {
      check(`setitem ${name}`, () => {
        const t = matrix();
        const [index, value] = build(t);
        return assign(t, index, value);
      });
    }
    check('setitem padding column', () => assign(torch('full', [3, 5], 0.1 / 3), [sl(), 0], 0));
    check('setitem padding rows', () => {
      const labels = tensor([2, 0, 4]);
      return assign(torch('full', [3, 5], 0.1 / 3), [op('==', labels, 0)], 0);
    });
    check('setitem through mask on float', () => {
      const x = torch('zeros', 2, 3);
      return assign(x, [op('==', x, 0)], 0.5);
    });
  });
});
