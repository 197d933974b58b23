import * as assert from 'assert';
import { type PyValue } from '../../../server/src/evaluator/values';
import { binaryOperator, getItem, inPlaceOperator, setItem, tensorMethod, torchFunction, unaryOperator, unknownReason } from '../../../server/src/tensor/index';
import { call, F, kw, nn, outcome, tensorOf, torch } from './helpers';

const mystery: PyValue = { kind: 'unknown', reason: 'the labels come from a data loader' };

describe('unknown values propagate instead of failing', () => {
  it('through torch functions, methods and modules', () => {
    assert.deepStrictEqual(torchFunction('torch.nn.functional.one_hot')?.({ positional: [mystery], keyword: new Map() }), mystery);
    assert.deepStrictEqual(F('cross_entropy', torch('zeros', 3, 4), mystery, kw({ label_smoothing: 0.1 })), mystery);
    assert.deepStrictEqual(tensorMethod('scatter_')?.(tensorOf(torch('zeros', 3, 4)), { positional: [{ kind: 'int', value: 1 }, mystery, { kind: 'float', value: 0.9 }], keyword: new Map() }), mystery);
    assert.deepStrictEqual(call(nn('CrossEntropyLoss'), torch('zeros', 3, 4), mystery), mystery);
    assert.deepStrictEqual(torch('tensor', [1, mystery]), mystery);
  });

  it('through operators and indexing', () => {
    const t = torch('zeros', 3);
    assert.deepStrictEqual(binaryOperator('*', t, mystery), mystery);
    assert.deepStrictEqual(binaryOperator('-', mystery, t), mystery);
    assert.deepStrictEqual(unaryOperator('-', mystery), mystery);
    assert.deepStrictEqual(inPlaceOperator('+=', t, mystery), mystery);
    assert.deepStrictEqual(getItem(tensorOf(t), mystery), mystery);
  });

  it('an in-place method or operator given an unknown value leaves its tensor unknown, not unchanged', () => {
    const one_hot = torch('zeros', 3, 4);
    const view = tensorMethod('view')!(tensorOf(one_hot), { positional: [{ kind: 'int', value: 12 }], keyword: new Map() });
    const index = torch('tensor', [[0], [1], [2]]);
    tensorMethod('scatter_add_')!(tensorOf(one_hot), { positional: [{ kind: 'int', value: 1 }, index, mystery], keyword: new Map() });
    assert.strictEqual(unknownReason(tensorOf(one_hot)), 'the labels come from a data loader');
    assert.strictEqual(unknownReason(tensorOf(view)), 'the labels come from a data loader', 'a view of it too');
    const t = torch('ones', 2);
    inPlaceOperator('+=', t, mystery);
    assert.strictEqual(unknownReason(tensorOf(t)), 'the labels come from a data loader');
    const kept = torch('ones', 2);
    tensorMethod('add')!(tensorOf(kept), { positional: [mystery], keyword: new Map() });
    assert.strictEqual(unknownReason(tensorOf(kept)), undefined, 'an out-of-place method changes nothing');
  });

  it('assignments with unknown parts make the written elements unknown', () => {
    const t = torch('zeros', 2, 3);
    setItem(tensorOf(t), { kind: 'int', value: 0 }, mystery);
    assert.strictEqual(unknownReason(tensorOf(getItem(tensorOf(t), { kind: 'int', value: 1 }))), undefined);
    assert.strictEqual(unknownReason(tensorOf(t)), 'the labels come from a data loader');
    const u = torch('zeros', 2);
    setItem(tensorOf(u), mystery, { kind: 'int', value: 1 });
    assert.strictEqual(outcome(() => u), 'Unsupported: the labels come from a data loader');
  });

  it('names the modelled API', () => {
    assert.ok(torchFunction('torch.nn.functional.cross_entropy'));
    assert.ok(torchFunction('torch.nn.CrossEntropyLoss'));
    assert.strictEqual(torchFunction('torch.no_grad'), undefined);
    assert.strictEqual(tensorMethod('not_a_method'), undefined);
  });
});
