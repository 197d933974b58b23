import * as assert from 'assert';
import { type PyValue } from '../../../server/src/evaluator/values';
import { formatValue, namedTupleField, reprValue } from '../../../server/src/tensor/index';
import { check, dt, f, m, torch, tup } from './helpers';

const list = (...items: PyValue[]): PyValue => ({ kind: 'list', items });
const float = (value: number): PyValue => ({ kind: 'float', value });
const str = (value: string): PyValue => ({ kind: 'str', value });

describe('Python values as print shows them', () => {
  check('float reprs', () => list(...[0.1, 1e-5, 0.30000000000000004, 1, 1e16, 1e15, 123456789.123, -0, 2.5e-7, Infinity, NaN].map(float)));
  check('list of tensors', () => list(torch('tensor', [f(1), f(2)]), torch('tensor', 3)));
  check('tuple of one', () => tup(torch('tensor', 1.5)));
  check('size and dtype', () => tup({ kind: 'size', dims: [2, 3] }, dt('float32'), dt('long'), dt('float64'), dt('bool')));
  check('empty size', () => ({ kind: 'size', dims: [] }));
  check('strings', () => list(str('its'), str('say "hi"'), str('both \' and "'), str('tab\there')));
  check('dict', () => ({ kind: 'dict', entries: new Map<string, PyValue>([['loss', torch('tensor', 0.5)], ['n', { kind: 'int', value: 3 }]]) }));

  it('print() of a str shows it unquoted, repr() quoted', () => {
    assert.strictEqual(formatValue(str("it's")), "it's");
    assert.strictEqual(reprValue(str("it's")), '"it\'s"');
  });

  it('exposes the fields of torch.return_types named tuples', () => {
    const result = m(torch('tensor', [[1, 3, 3], [2, 2, 1]]), 'max', 1);
    assert.strictEqual(reprValue(namedTupleField(result, 'indices') ?? { kind: 'none' }), 'tensor([1, 0])');
    assert.strictEqual(namedTupleField(result, 'missing'), undefined);
    assert.strictEqual(namedTupleField(tup(1, 2), 'values'), undefined);
  });
});
