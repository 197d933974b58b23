// The cache of evaluated slices forgets the least recently used, and with weights (the tensor elements an
// evaluation holds) keeps their total bounded, weighing an entry again at the store after it was stored or read.
import * as assert from 'assert';
import { Lru } from '../../server/src/incremental/lru';

describe('Lru', () => {
  it('forgets the least recently used entry past its capacity, disposing of it', () => {
    const disposed: string[] = [];
    const lru = new Lru<string, string>(2, value => disposed.push(value));
    lru.set('a', 'A');
    lru.set('b', 'B');
    lru.get('a');
    lru.set('c', 'C');
    assert.deepStrictEqual(disposed, ['B']);
    assert.strictEqual(lru.get('a'), 'A');
    assert.strictEqual(lru.get('b'), undefined);
  });

  it('keeps the total weight under its maximum, reading weights that grew since they were stored', () => {
    const weights = new Map<string, number>([['a', 0], ['b', 0], ['c', 0]]);
    const disposed: string[] = [];
    const lru = new Lru<string, string>(10, value => disposed.push(value), { weigh: value => weights.get(value)!, maxWeight: 10 });
    lru.set('a', 'a');
    weights.set('a', 8);   // evaluated after it was stored
    lru.set('b', 'b');
    weights.set('b', 8);
    assert.deepStrictEqual(disposed, []);
    lru.set('c', 'c');
    assert.deepStrictEqual(disposed, ['a']);
    assert.strictEqual(lru.get('b'), 'b');
  });

  it('weighs again an entry that grew after it was read (a cached program evaluated by a hover)', () => {
    const weights = new Map<string, number>([['a', 0], ['b', 0], ['c', 0], ['d', 0]]);
    const disposed: string[] = [];
    const lru = new Lru<string, string>(10, value => disposed.push(value), { weigh: value => weights.get(value)!, maxWeight: 10 });
    lru.set('a', 'a');
    lru.set('b', 'b');
    lru.set('c', 'c');
    assert.strictEqual(lru.get('a'), 'a');
    weights.set('a', 12);
    lru.set('d', 'd');
    // 'a' alone is over the maximum: it goes, though it was read more recently than 'b' and 'c'.
    assert.deepStrictEqual(disposed, ['b', 'c', 'a']);
  });

  it('forgets the weight of an entry it no longer holds', () => {
    const lru = new Lru<string, number>(10, undefined, { weigh: value => value, maxWeight: 10 });
    lru.set('a', 9);
    lru.delete('a');
    lru.set('b', 9);
    lru.set('c', 0);
    assert.strictEqual(lru.get('b'), 9);
  });

  it('keeps the newest entry even when it alone weighs more than the maximum', () => {
    const lru = new Lru<string, number>(10, undefined, { weigh: value => value, maxWeight: 10 });
    lru.set('small', 3);
    lru.set('huge', 50);
    assert.strictEqual(lru.get('small'), undefined);
    assert.strictEqual(lru.get('huge'), 50);
  });
});
