// A map that keeps at most `capacity` entries, forgetting the least recently used (and disposing of it). With a
// `weigh`, it also keeps the entries' total weight under `maxWeight` (the newest entry always stays): the weight
// of an entry may grow after it was stored (a cached program's evaluation runs later), so it is read again
// whenever an entry is stored.
export interface Weights<V> {
  readonly weigh: (value: V) => number;
  readonly maxWeight: number;
}

export class Lru<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number, private readonly evicted: (value: V) => void = () => {}, private readonly weights?: Weights<V>) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Re-inserting moves the key to the end: Map iterates in insertion order, oldest first.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    const old = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, value);
    if (old !== undefined && old !== value) this.evicted(old);
    while (this.entries.size > this.capacity) this.evictOldest();
    if (!this.weights) return;
    const { weigh, maxWeight } = this.weights;
    let total = 0;
    for (const stored of this.entries.values()) total += weigh(stored);
    while (total > maxWeight && this.entries.size > 1) total -= weigh(this.evictOldest());
  }

  /** Forgets one entry (disposing of it). */
  delete(key: K): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.evicted(value);
  }

  private evictOldest(): V {
    const [oldestKey, oldest] = this.entries.entries().next().value as [K, V];
    this.entries.delete(oldestKey);
    this.evicted(oldest);
    return oldest;
  }
}
