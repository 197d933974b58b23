// A map that keeps at most `capacity` entries, forgetting the least recently used (and disposing of it). With a
// `weigh`, it also keeps the entries' total weight under `maxWeight` (the newest entry always stays). An entry's
// weight may change after it is stored or read, until the next store: a cached program is evaluated by whoever
// got it, right away. So each store weighs again the entries stored or read since the previous store, and only
// those: a store stays cheap when the cache is full (it runs at every keystroke).
export interface Weights<V> {
  readonly weigh: (value: V) => number;
  readonly maxWeight: number;
}

export class Lru<K, V> {
  private readonly entries = new Map<K, V>();
  /** Each entry's weight when last weighed, their total, and the keys whose weight may have changed since. */
  private readonly weightOf = new Map<K, number>();
  private totalWeight = 0;
  private readonly touched = new Set<K>();

  constructor(private readonly capacity: number, private readonly evicted: (value: V) => void = () => {}, private readonly weights?: Weights<V>) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Re-inserting moves the key to the end: Map iterates in insertion order, oldest first.
      this.entries.delete(key);
      this.entries.set(key, value);
      if (this.weights) this.touched.add(key);
    }
    return value;
  }

  set(key: K, value: V): void {
    const old = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, value);
    if (old !== undefined && old !== value) this.evicted(old);
    if (this.weights) this.touched.add(key);
    while (this.entries.size > this.capacity) this.evictOldest();
    if (!this.weights) return;
    for (const touched of this.touched) {
      const stored = this.entries.get(touched);
      if (stored !== undefined) this.reweigh(touched, this.weights.weigh(stored));
    }
    this.touched.clear();
    this.touched.add(key);   // weighed again at the next store: it is evaluated after it is stored
    while (this.totalWeight > this.weights.maxWeight && this.entries.size > 1) this.evictOldest();
  }

  /** Forgets one entry (disposing of it). */
  delete(key: K): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.forget(key);
    this.evicted(value);
  }

  private evictOldest(): void {
    const [oldestKey, oldest] = this.entries.entries().next().value as [K, V];
    this.entries.delete(oldestKey);
    this.forget(oldestKey);
    this.evicted(oldest);
  }

  private reweigh(key: K, weight: number): void {
    this.totalWeight += weight - (this.weightOf.get(key) ?? 0);
    this.weightOf.set(key, weight);
  }

  private forget(key: K): void {
    if (!this.weights) return;
    this.reweigh(key, 0);
    this.weightOf.delete(key);
    this.touched.delete(key);
  }
}
