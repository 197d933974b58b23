import { type PyValue } from '../../../server/src/evaluator/values';
import * as assert from 'assert';
import { reprValue, setGradEnabled, snapshotValue, tensorAttribute } from '../../../server/src/tensor/index';
import { assign, at, attr, call, check, ELLIPSIS, F, f, iop, kw, m, nn, op, outcome, sl, tensorOf, torch, tup, unary } from './helpers';

/** w = torch.tensor([[0.5, -1.0], [2.0, 0.25]], requires_grad=True) */
const leaf = () => torch('tensor', [[0.5, f(-1)], [f(2), 0.25]], kw({ requires_grad: true }));
const rows = () => torch('tensor', [[0], [1]]);
const probabilities = () => torch('tensor', [[0.9, 0.1], [0.2, 0.8]]);

const CASES: [string, (w: PyValue) => PyValue][] = [
  ['leaf', w => w], ['add scalar', w => op('+', w, 1)], ['reflected sub', w => op('-', 1, w)], ['reflected div', w => op('/', 2, w)],
  ['mul', w => op('*', w, w)], ['div', w => op('/', w, 2)], ['div floor', w => m(w, 'div', 2, kw({ rounding_mode: 'floor' }))],
  ['pow', w => op('**', w, 2)], ['scalar pow', w => op('**', 2, w)], ['torch.pow scalar', w => torch('pow', 2, w)], ['neg', w => unary('-', w)],
  ['exp', w => m(w, 'exp')], ['log_softmax', w => m(w, 'log_softmax', 1)], ['F.softmax', w => F('softmax', w, kw({ dim: 1 }))],
  ['log of softmax', w => torch('log', F('softmax', w, kw({ dim: 1 })))], ['sum', w => m(w, 'sum')], ['sum dim', w => m(w, 'sum', 1)],
  ['mean', w => m(w, 'mean')], ['max', w => m(w, 'max')], ['max dim', w => m(w, 'max', 1)], ['view', w => m(w, 'view', 4)],
  ['reshape', w => m(w, 'reshape', 4)], ['t reshape', w => m(m(w, 't'), 'reshape', 4)], ['t', w => m(w, 't')], ['T', w => attr(w, 'T')],
  ['unsqueeze', w => m(w, 'unsqueeze', 0)], ['index int', w => at(w, 0)], ['index slice', w => at(w, sl(0, 1))], ['index list', w => at(w, [0])],
  ['index mask', w => at(w, op('>', w, 0))], ['index None', w => at(w, null)], ['index ellipsis', w => at(w, ELLIPSIS)], ['clone', w => m(w, 'clone')],
  ['detach', w => m(w, 'detach')], ['float', w => m(w, 'float')], ['double', w => m(w, 'double')], ['long', w => m(w, 'long')],
  ['comparison', w => op('>', w, 0)], ['masked_fill', w => m(w, 'masked_fill', op('>', w, 0), f(0))],
  ['scatter value', w => m(w, 'scatter', 1, rows(), 0.5)], ['gather', w => m(w, 'gather', 1, rows())], ['clamp', w => m(w, 'clamp', 0, 1)],
  ['where', w => torch('where', op('>', w, 0), w, torch('zeros', 2, 2))], ['cat', w => torch('cat', [w, w])],
  ['cross_entropy', w => F('cross_entropy', w, torch('tensor', [0, 1]))],
  ['cross_entropy smoothing', w => F('cross_entropy', w, torch('tensor', [0, 1]), kw({ label_smoothing: 0.1 }))],
  ['cross_entropy probabilities', w => F('cross_entropy', w, probabilities())],
  ['cross_entropy none', w => F('cross_entropy', w, torch('tensor', [0, 1]), kw({ reduction: 'none' }))],
  ['kl_div batchmean', w => F('kl_div', m(w, 'log_softmax', 1), probabilities(), kw({ reduction: 'batchmean' }))],
  ['module', w => call(nn('CrossEntropyLoss', kw({ label_smoothing: 0.2 })), w, torch('tensor', [1, 0]))],
  ['smoothing arithmetic', w => op('+', op('*', w, 0.9), 0.025)], ['argmax', w => m(w, 'argmax', 1)], ['zeros_like', w => torch('zeros_like', w)],
  ['in-place on leaf', w => m(w, 'mul_', 2)],
  ['in-place on result', w => { const r = op('*', w, 1); m(r, 'mul_', 2); return r; }],
  ['iadd into plain', w => iop('+=', torch('zeros', 2, 2), w)],
  ['setitem on leaf view', w => assign(w, [0], 1)], ['setitem on leaf mask', w => assign(w, [op('>', w, 0)], 1)],
  ['setitem on result', w => assign(m(w, 'clone'), [0], 1)],
  ['setitem mask on result', w => { const r = m(w, 'clone'); return assign(r, [op('>', r, 0)], 1); }],
  ['requires_grad attribute', w => tup(attr(w, 'requires_grad'), attr(op('*', w, 2), 'requires_grad'), attr(m(w, 'detach'), 'requires_grad'))],
];

describe('autograd annotations (requires_grad=True, grad_fn=<…>)', () => {
  for (const [name, run] of CASES) check(`grad ${name}`, () => run(leaf()));

  check('grad no_grad', () => {
    const w = leaf();
    setGradEnabled(false);
    try {
      return op('*', w, 2);
    } finally {
      setGradEnabled(true);
    }
  });

  check('grad randn requires_grad', () => {
    torch('manual_seed', 0);
    return torch('randn', 2, 3, kw({ requires_grad: true }));
  });

  check('grad int requires_grad', () => torch('tensor', [1, 2], kw({ requires_grad: true })));

  it('snapshots keep values and annotations as they were', () => {
    const r = op('*', leaf(), 2);
    const before = snapshotValue(tup(r, m(r, 'max', 1)));
    m(r, 'zero_');
    assert.strictEqual(reprValue(before), outcome(() => tup(op('*', leaf(), 2), m(op('*', leaf(), 2), 'max', 1))));
  });

  it('exposes grad_fn only as an unknown value', () => {
    const value = tensorAttribute(tensorOf(op('*', leaf(), 2)), 'grad_fn');
    if (value?.kind !== 'unknown') throw new Error('grad_fn should be unknown');
  });
});
