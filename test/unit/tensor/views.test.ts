import { at, attr, assign, check, f, m, torch, tup } from './helpers';

const arange = (n: number) => torch('arange', n);
const matrix = () => m(arange(6), 'view', 2, 3);

describe('views share memory with their base', () => {
  describe('view and reshape', () => {
    check('view infer', () => m(arange(6), 'view', 2, -1));
    check('view tuple', () => m(arange(6), 'view', tup(3, 2)));
    check('view bad size', () => m(arange(6), 'view', 4, -1));
    check('view two -1', () => m(arange(6), 'view', -1, -1));
    check('view -2', () => m(torch('zeros', 3, 4), 'view', -2, 6));
    check('view non-contiguous', () => m(m(m(m(arange(6), 'float'), 'view', 2, 3), 't'), 'view', 6));
    check('reshape non-contiguous', () => m(m(matrix(), 't'), 'reshape', 6));
    check('reshape bad', () => m(arange(6), 'reshape', 4, 2));
    check('contiguous after t', () => m(m(m(matrix(), 't'), 'contiguous'), 'view', 6));
    check('flatten', () => attr(m(m(torch('arange', 24), 'view', 2, 3, 4), 'flatten', 1), 'shape'));
  });

  describe('dimension shuffles', () => {
    check('transpose', () => m(matrix(), 'transpose', 0, 1));
    check('transpose bad dim', () => m(matrix(), 'transpose', 0, 2));
    check('t on 3d', () => m(torch('zeros', 2, 3, 4), 't'));
    check('t on 1d', () => m(arange(3), 't'));
    check('T', () => attr(matrix(), 'T'));
    check('permute', () => attr(m(m(torch('arange', 24), 'view', 2, 3, 4), 'permute', 2, 0, 1), 'shape'));
    check('permute wrong count', () => m(matrix(), 'permute', 0));
    check('permute duplicate', () => m(matrix(), 'permute', 0, 0));
    check('unsqueeze', () => m(torch('tensor', [1, 2]), 'unsqueeze', 1));
    check('unsqueeze negative', () => attr(m(torch('tensor', [1, 2]), 'unsqueeze', -1), 'shape'));
    check('unsqueeze out of range', () => m(matrix(), 'unsqueeze', 3));
    check('squeeze all', () => attr(m(torch('zeros', 1, 3, 1), 'squeeze'), 'shape'));
    check('squeeze dim', () => attr(m(torch('zeros', 1, 3, 1), 'squeeze', 2), 'shape'));
    check('squeeze non-1 dim', () => attr(m(torch('zeros', 1, 3, 1), 'squeeze', 1), 'shape'));
    check('squeeze out of range', () => m(torch('zeros', 3), 'squeeze', 1));
    check('expand', () => m(torch('tensor', [[1], [2]]), 'expand', 2, 3));
    check('expand -1', () => m(torch('tensor', [[1], [2]]), 'expand', -1, 2));
    check('expand new dim', () => m(torch('tensor', [1, 2]), 'expand', 2, 2));
    check('expand error', () => m(matrix(), 'expand', 3, 3));
    check('expand too few', () => m(matrix(), 'expand', 2));
    check('expand_as', () => m(torch('tensor', [f(1), f(2)]), 'expand_as', torch('zeros', 3, 2)));
  });

  describe('sizes', () => {
    check('size', () => m(torch('zeros', 2, 3), 'size'));
    check('size dim', () => m(torch('zeros', 2, 3), 'size', -1));
    check('shape', () => attr(torch('zeros', 2, 3), 'shape'));
    check('dim numel', () => tup(m(torch('zeros', 2, 3), 'dim'), m(torch('zeros', 2, 3), 'numel')));
  });

  describe('writes through views reach the base', () => {
    check('view aliasing', () => {
      const x = torch('zeros', 2, 3);
      assign(m(x, 'view', 6), [4], 7);
      return x;
    });
    check('transpose aliasing', () => {
      const x = torch('zeros', 2, 3);
      m(at(m(x, 't'), 1), 'fill_', 5);
      return x;
    });
    check('column write through slice', () => {
      const x = torch('zeros', 3, 4);
      m(at(x, { kind: 'slice', start: null, stop: null, step: null }, 1), 'fill_', 1);
      return x;
    });
    check('unsqueeze aliasing', () => {
      const x = torch('zeros', 3);
      m(m(x, 'unsqueeze', 0), 'add_', 2);
      return x;
    });
    check('in-place on expanded', () => m(m(torch('zeros', 3, 1), 'expand', 3, 4), 'add_', 1));
    check('detach shares', () => {
      const x = torch('zeros', 2);
      assign(m(x, 'detach'), [0], 1);
      return x;
    });
    check('clone independent', () => {
      const x = torch('zeros', 2);
      const c = m(x, 'clone');
      assign(c, [0], 1);
      return tup(x, c);
    });
  });

  describe('slicing helpers', () => {
    check('narrow', () => m(arange(10), 'narrow', 0, 2, 3));
    check('unbind', () => m(matrix(), 'unbind', 1));
    check('chunk', () => m(arange(5), 'chunk', 2));
    check('split sizes', () => m(arange(5), 'split', [2, 3]));
    check('repeat', () => m(torch('tensor', [[1, 2]]), 'repeat', 2, 2));
    check('select', () => m(matrix(), 'select', 1, -1));
  });
});
