// The globalState progress store, over an in-memory Memento: synced key, repair with a backup, bounded backups.
import * as assert from 'assert';
import { PROGRESS_VERSION, Progress } from '../../client/src/challenges/contract';
import { freshProgress, MAX_PROGRESS_BYTES } from '../../client/src/challenges/progressData';
import { BACKUPS_KEY, GlobalState, GlobalStateProgressStorage, MAX_BACKUPS, PROGRESS_KEY } from '../../client/src/challenges/progressStore';

class MemoryState implements GlobalState {
  readonly values = new Map<string, unknown>();
  synced: readonly string[] = [];
  keys(): readonly string[] { return [...this.values.keys()]; }
  get<T>(key: string, defaultValue?: T): T | undefined {
    // globalState hands out a copy, as if read from disk.
    return this.values.has(key) ? JSON.parse(JSON.stringify(this.values.get(key))) as T : defaultValue;
  }
  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.values.delete(key); else this.values.set(key, JSON.parse(JSON.stringify(value)));
  }
  setKeysForSync(keys: readonly string[]): void { this.synced = keys; }
}

const someProgress: Progress = {
  ...freshProgress(),
  challenges: { 'fill-uniform-formula': { attemptsUsed: 1, hintsUsed: 0, solved: true, failed: false, reviewStreak: 0 } },
};

async function settled(): Promise<void> {
  await new Promise(resolve => setImmediate(resolve));
}

describe('progress in globalState', () => {
  it('syncs the progress key only, and round-trips what it saves', async () => {
    const state = new MemoryState();
    const storage = new GlobalStateProgressStorage(state);
    assert.deepStrictEqual(state.synced, [PROGRESS_KEY]);
    assert.deepStrictEqual(storage.load(), { progress: freshProgress() });
    await storage.save(someProgress);
    assert.deepStrictEqual(new GlobalStateProgressStorage(state).load(), { progress: someProgress });
    assert.deepStrictEqual(storage.backups(), []);
  });

  it('sets unreadable progress aside: a backup of it, a notice, and the fresh progress stored at once', async () => {
    const state = new MemoryState();
    const stored = { version: PROGRESS_VERSION + 1, challenges: { future: true } };
    await state.update(PROGRESS_KEY, stored);
    const loaded = new GlobalStateProgressStorage(state, () => 1234).load();
    assert.deepStrictEqual(loaded.progress, freshProgress());
    assert.match(loaded.notice ?? '', /newer version/);
    await settled();
    assert.deepStrictEqual(state.get(PROGRESS_KEY), freshProgress());
    const [backup, ...more] = new GlobalStateProgressStorage(state).backups();
    assert.deepStrictEqual(more, []);
    assert.deepStrictEqual(backup, { savedAt: 1234, reason: `repaired on load: it was saved by a newer version of Label Smoothing Lab (progress format ${PROGRESS_VERSION + 1}; this one reads ${PROGRESS_VERSION})`, value: stored });
    // Loaded again: nothing more to repair, no second notice or backup.
    assert.deepStrictEqual(new GlobalStateProgressStorage(state).load(), { progress: freshProgress() });
  });

  it('backs up before every replacement, keeping only the last few', async () => {
    const state = new MemoryState();
    let now = 0;
    const storage = new GlobalStateProgressStorage(state, () => ++now);
    await storage.replace(someProgress, 'import');   // nothing stored yet: nothing to back up
    assert.deepStrictEqual(storage.backups(), []);
    for (let i = 0; i < MAX_BACKUPS + 2; i++) await storage.replace(i % 2 ? someProgress : freshProgress(), `reset ${i}`);
    const backups = storage.backups();
    assert.strictEqual(backups.length, MAX_BACKUPS);
    assert.deepStrictEqual(backups.map(b => b.reason), Array.from({ length: MAX_BACKUPS }, (_, i) => `reset ${i + 2}`));
    assert.deepStrictEqual(backups[0].value, someProgress);   // what was stored before "reset 2"
    assert.ok(!state.synced.includes(BACKUPS_KEY));
  });

  it('records, without keeping, a stored value too large to back up', async () => {
    const state = new MemoryState();
    await state.update(PROGRESS_KEY, { junk: 'x'.repeat(MAX_PROGRESS_BYTES) });
    const storage = new GlobalStateProgressStorage(state, () => 7);
    assert.match(storage.load().notice ?? '', /no valid version/);
    await settled();
    const [backup] = storage.backups();
    assert.strictEqual(backup.value, undefined);
    assert.match(backup.note ?? '', /^not kept: \d+ characters, over the 1000000-byte limit$/);
  });

  it('reads a damaged list of backups without failing or losing a kept value, and keeps backing up', async () => {
    const state = new MemoryState();
    await state.update(BACKUPS_KEY, [42, 'junk', null, [1], { value: someProgress, savedAt: 'yesterday' }, { savedAt: 5, reason: 'import', value: 1 }]);
    let now = 100;
    const storage = new GlobalStateProgressStorage(state, () => ++now);
    assert.deepStrictEqual(storage.backups(), [
      { savedAt: 0, reason: 'unknown (the backup record was damaged)', value: someProgress },
      { savedAt: 5, reason: 'import', value: 1 },
    ]);
    await storage.save(freshProgress());
    await storage.replace(someProgress, 'reset');
    assert.deepStrictEqual(storage.backups().map(b => [b.reason, b.savedAt]), [['unknown (the backup record was damaged)', 0], ['import', 5], ['reset', 101]]);
    await state.update(BACKUPS_KEY, { not: 'a list' });
    assert.deepStrictEqual(storage.backups(), []);
  });
});
