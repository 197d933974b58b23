import { check, checkClose, dt, F, f, iop, kw, m, op, torch, unary } from './helpers';

const ints = (...values: number[]) => torch('tensor', values);
const floats = (...values: number[]) => torch('tensor', values.map(f));

describe('elementwise arithmetic and type promotion', () => {
  describe('promotion (torch.result_type)', () => {
    check('int plus float scalar', () => op('+', ints(1, 2), 0.5));
    check('int plus float64 0-dim', () => op('+', ints(1, 2), torch('tensor', 1.5, kw({ dtype: dt('float64') }))));
    check('float plus float64 0-dim', () => op('+', floats(1, 2), torch('tensor', 1.5, kw({ dtype: dt('float64') }))));
    check('float plus float64 tensor', () => op('+', floats(1, 2), torch('tensor', [1.5], kw({ dtype: dt('float64') }))));
    check('int32 plus int', () => op('+', torch('tensor', [1, 2], kw({ dtype: dt('int32') })), 1));
    check('int32 plus 0-dim int64', () => op('+', torch('tensor', [1, 2], kw({ dtype: dt('int32') })), torch('tensor', 1)));
    check('0-dim int32 plus 0-dim int64', () => op('+', torch('tensor', 1, kw({ dtype: dt('int32') })), torch('tensor', 1)));
    check('bool plus True', () => op('+', torch('tensor', [true, false]), true));
    check('bool times int', () => op('*', torch('tensor', [true, false]), 3));
    check('bool plus float', () => op('+', torch('tensor', [true]), 1.5));
    check('bool plus 0-dim int', () => op('+', torch('tensor', [true]), torch('tensor', 2)));
    check('result_type int float', () => torch('result_type', ints(1, 2), f(1)));
    check('result_type float 0-dim double', () => torch('result_type', floats(1), torch('tensor', f(1), kw({ dtype: dt('float64') }))));
  });

  describe('operators', () => {
    check('int true division', () => op('/', ints(1, 2), ints(2, 0)));
    check('int floor division', () => op('//', ints(5, -5), 2));
    check('float floor division', () => op('//', floats(5, -5), 2));
    check('int remainder', () => op('%', ints(5, -5), 3));
    check('float remainder', () => op('%', floats(5.5, -5.5), 3));
    check('float remainder negative divisor', () => op('%', floats(5.5, -5.5), -3));
    check('int pow', () => op('**', ints(2, 3), ints(2, 0)));
    check('int pow float', () => op('**', ints(1, 2), 0.5));
    check('scalar pow int tensor', () => op('**', 2, ints(1, 2)));
    check('float scalar pow int tensor', () => op('**', f(2), ints(1, 2)));
    check('bool pow', () => op('**', torch('tensor', [true]), 2));
    check('negative integer power', () => op('**', ints(1), -1));
    check('int floor division by zero', () => op('//', ints(1), 0));
    check('int remainder by zero', () => op('%', ints(1), 0));
    check('reflected sub', () => op('-', 1, floats(0.25, 2)));
    check('reflected div', () => op('/', 2, ints(4, 8)));
    check('comparison', () => op('>=', ints(1, 2, 3), 2));
    check('comparison float int', () => op('==', floats(1.5, 2), ints(1, 2)));
    check('bitwise and int', () => op('&', ints(3, 5), 6));
    check('bitwise or bool', () => op('|', torch('tensor', [true, false]), torch('tensor', [false, false])));
    check('bitwise xor int bool', () => op('^', ints(3), true));
    check('invert int', () => unary('~', ints(0, 5)));
    check('invert bool', () => unary('~', torch('tensor', [true, false])));
    check('invert float', () => unary('~', floats(1.5)));
    check('bitwise and float', () => op('&', floats(1.5), ints(1)));
    check('negate bool', () => unary('-', torch('tensor', [true])));
    check('subtract bools', () => op('-', torch('tensor', [true]), torch('tensor', [true])));
    check('subtract int from bool', () => op('-', torch('tensor', [true]), 1));
    check('subtract bool from int', () => op('-', 1, torch('tensor', [true])));
  });

  describe('float32 arithmetic rounds like PyTorch', () => {
    check('float32 rounding tolist', () => m(op('+', floats(0.1), 0.2), 'tolist'));
    check('smoothing values tolist', () => m(op('+', op('*', F('one_hot', ints(0, 2), 3), 0.9), 0.1 / 3), 'tolist'));
    check('exp log tolist', () => m(m(m(floats(0.5, -1.25, 3), 'exp'), 'log'), 'tolist'));
  });

  describe('broadcasting', () => {
    check('broadcast column row', () => op('+', torch('tensor', [[1], [2], [3]]), ints(10, 20)));
    check('broadcast error', () => op('+', torch('ones', 2, 3), torch('ones', 2, 4)));
    check('broadcast error dim 0', () => op('+', torch('ones', 2, 3), torch('ones', 4, 3)));
    check('in-place broadcast error', () => m(torch('zeros', 3), 'add_', torch('ones', 2, 3)));
  });

  describe('in-place operations', () => {
    check('one_hot mul_ float', () => m(F('one_hot', ints(0, 2, 3), 4), 'mul_', 0.9));
    check('one_hot add_ float', () => m(F('one_hot', ints(0, 2, 3), 4), 'add_', 0.9));
    check('bool add_ int', () => m(torch('zeros', 3, kw({ dtype: dt('bool') })), 'add_', 1));
    check('int32 add_ float', () => m(torch('zeros', 3, kw({ dtype: dt('int32') })), 'add_', 1.5));
    check('float add_ float64', () => m(torch('zeros', 3), 'add_', torch('ones', 3, kw({ dtype: dt('float64') }))));
    check('long div_', () => m(torch('zeros', 3, kw({ dtype: dt('long') })), 'div_', 2));
    check('iadd float', () => iop('+=', torch('ones', 2), 0.5));
    check('imul one_hot', () => iop('*=', F('one_hot', ints(1), 2), 0.9));
    check('exp_ on long', () => m(torch('zeros', 3, kw({ dtype: dt('long') })), 'exp_'));
    check('sqrt_ on long', () => m(m(torch('ones', 3), 'long'), 'sqrt_'));
  });

  describe('method forms and options', () => {
    check('add alpha', () => m(floats(1, 2), 'add', floats(1, 1), kw({ alpha: 2 })));
    check('sub alpha int', () => m(ints(1, 2), 'sub', 1, kw({ alpha: 2 })));
    check('add float alpha on ints', () => m(ints(1, 2), 'add', 1, kw({ alpha: 0.5 })));
    check('div trunc', () => m(ints(-5), 'div', 2, kw({ rounding_mode: 'trunc' })));
    check('div floor', () => m(ints(-5), 'div', 2, kw({ rounding_mode: 'floor' })));
    check('div trunc float', () => m(floats(-5), 'div', 2, kw({ rounding_mode: 'trunc' })));
    check('div bad rounding mode', () => m(floats(-5), 'div', 2, kw({ rounding_mode: 'round' })));
    check('maximum', () => torch('maximum', ints(1, 5), floats(3, 2)));
    check('max of two tensors', () => m(torch('ones', 2, 3), 'max', torch('zeros', 2, 3)));
  });

  describe('unary functions', () => {
    check('unary float functions of ints', () => ({ kind: 'list', items: [m(ints(1, 4), 'sqrt'), m(ints(0), 'exp'), m(ints(1), 'log'), m(ints(0), 'sigmoid')] }));
    check('abs neg int', () => ({ kind: 'list', items: [m(ints(-2, 3), 'abs'), unary('-', ints(1, -2))] }));
    check('round half even', () => m(floats(0.5, 1.5, 2.5, -0.5), 'round'));
    check('log of zero long', () => m(torch('zeros', 2, kw({ dtype: dt('long') })), 'log'));
  });

  describe('clamp, where, lerp', () => {
    check('clamp both', () => m(floats(-1, 0.5, 2), 'clamp', 0, 1));
    check('clamp min only', () => m(floats(-1, 0.5, 2), 'clamp', kw({ min: 0 })));
    check('clamp max tensor', () => m(torch('arange', 3), 'clamp', kw({ max: torch('tensor', 1.5) })));
    check('clamp int with float', () => m(torch('arange', 3), 'clamp', kw({ min: 0.5 })));
    check('clamp none', () => m(torch('zeros', 3, 4), 'clamp'));
    check('clamp_ long with float', () => m(m(torch('zeros', 3, 4), 'long'), 'clamp_', 0.5));
    check('clamp_ long with float tensor', () => m(m(torch('zeros', 3, 4), 'long'), 'clamp_', torch('tensor', 0.5)));
    check('clamp min above max', () => m(torch('zeros', 3), 'clamp', kw({ min: 1, max: 0 })));
    check('clip', () => m(floats(1e-9, 0.5, 1), 'clip', 1e-7, 1 - 1e-7));
    check('where scalars', () => torch('where', torch('tensor', [true, false]), 1, 0));
    check('where tensor and float', () => torch('where', torch('tensor', [true, false]), ints(1, 2), 0.5));
    check('where promotion', () => torch('where', torch('tensor', [true, false]), torch('tensor', f(1), kw({ dtype: dt('float64') })), ints(1, 2)));
    check('where non-bool condition', () => torch('where', torch('zeros', 3, 4), f(0), f(1)));
    check('where method', () => m(floats(1, 2), 'where', torch('tensor', [true, false]), floats(0, 0)));
    check('lerp scalar', () => m(torch('zeros', 2), 'lerp', torch('ones', 2), 0.3));
    check('lerp tensor weight', () => torch('lerp', torch('zeros', 2), torch('ones', 2), floats(0.25, 0.75)));
    check('lerp_ smoothing', () => {
      const t = m(F('one_hot', ints(0, 2), 3), 'float');
      m(t, 'lerp_', torch('full_like', t, 1 / 3), 0.1);
      return m(t, 'tolist');
    });
    check('lerp dtype mismatch', () => m(torch('zeros', 3, 4), 'lerp_', torch('ones', 3, 4, kw({ dtype: dt('float64') })), 0.5));
    check('lerp weight dtype', () => m(torch('zeros', 2), 'lerp', torch('ones', 2), torch('tensor', 0.3, kw({ dtype: dt('float64') }))));
    check('lerp long', () => m(m(torch('zeros', 3, 4), 'long'), 'lerp_', m(torch('ones', 3, 4), 'long'), 0.5));
  });

  checkClose('exp log tolist', () => m(m(m(floats(0.5, -1.25, 3), 'exp'), 'log'), 'tolist'));
});
