// Progress that was tampered with, corrupted or written to hurt, whether found in globalState or imported:
// timers that are not times, prototype-pollution keys, huge and deeply nested values, wrong types. Whatever can
// be read of the learner's progress is kept, the rest is named in a notice, the original is backed up before
// anything replaces it, and nothing throws or pollutes Object.prototype.
import * as assert from 'assert';
import { PROGRESS_VERSION, Progress } from '../../client/src/challenges/contract';
import { freshProgress, parseProgress, parseProgressText } from '../../client/src/challenges/progressData';
import { GlobalState, GlobalStateProgressStorage, PROGRESS_KEY } from '../../client/src/challenges/progressStore';

const solved = { attemptsUsed: 1, hintsUsed: 0, solved: true, failed: false, reviewStreak: 0 };
const kept: Progress = { ...freshProgress(), challenges: { 'fill-uniform-formula': solved }, review: ['fill-uniform-formula'] };
const START = 1_700_000_000_000;

/** globalState as it behaves: values are stored as JSON, and handed out as copies. */
class MemoryState implements GlobalState {
  readonly values = new Map<string, string>();
  keys(): readonly string[] { return [...this.values.keys()]; }
  get<T>(key: string): T | undefined {
    const text = this.values.get(key);
    return text === undefined ? undefined : JSON.parse(text) as T;
  }
  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.values.delete(key); else this.values.set(key, JSON.stringify(value));
  }
  setKeysForSync(): void { /* not synced in a test */ }
}

const deep = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

describe('progress data: hostile values', () => {
  it('drops a running timer that is not a countdown a challenge can have, and keeps the rest', () => {
    const timers: unknown[] = [
      { challengeId: 'fill-uniform-formula', startedAt: NaN, deadline: START },
      { challengeId: 'fill-uniform-formula', startedAt: -5_000, deadline: 85_000 },
      { challengeId: 'fill-uniform-formula', startedAt: START, deadline: Infinity },
      { challengeId: 'fill-uniform-formula', startedAt: START, deadline: START + 10 ** 12 },   // a countdown of 31 years
      { challengeId: 'fill-uniform-formula', startedAt: '2024-01-01', deadline: START },
      { challengeId: '<img src=x onerror=alert(1)>', startedAt: START, deadline: START + 90_000 },
      'running',
    ];
    for (const running of timers) {
      const parsed = parseProgress({ ...kept, running });
      assert.deepStrictEqual(parsed.progress, kept, JSON.stringify(running));
      assert.strictEqual(parsed.keepOriginal, true);
      assert.strictEqual(parsed.notice, 'Some saved progress could not be read and was left out (a backup keeps it): the running timer.');
    }
    const longest = { challengeId: 'fill-uniform-formula', startedAt: START, deadline: START + 3_600_000 };
    assert.deepStrictEqual(parseProgress({ ...kept, running: longest }).progress.running, longest, 'the longest time limit still runs');
  });

  it('reads __proto__, constructor and prototype keys as data, never as the prototype', () => {
    const text = `{"version": ${PROGRESS_VERSION}, "__proto__": {"polluted": 1},
      "challenges": {"__proto__": {"polluted": 2}, "fill-uniform-formula": ${JSON.stringify(solved)}, "constructor": {"prototype": {"polluted": 3}}},
      "badges": {"__proto__": 1, "prototype": 2},
      "assessments": [{"finishedAt": 1, "score": 1, "total": 1, "byTopic": {"__proto__": {"correct": 1, "total": 1}}}],
      "review": ["fill-uniform-formula"]}`;
    const parsed = parseProgressText(text);
    assert.ok(!('error' in parsed));
    assert.deepStrictEqual(Object.keys(parsed.progress.challenges), ['fill-uniform-formula'], 'constructor is an id-like key but not a challenge record: dropped');
    assert.strictEqual(Object.getPrototypeOf(parsed.progress.challenges), Object.prototype);
    assert.deepStrictEqual(parsed.progress.badges, { prototype: 2 }, 'a key shaped like an id is kept as an own property, harmlessly');
    assert.deepStrictEqual(parsed.progress.assessments, [], 'an assessment with a __proto__ topic is dropped');
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    assert.match(parsed.notice ?? '', /challenge `__proto__`, challenge `constructor`, badge `__proto__`, 1 assessment result/);
  });

  it('refuses an imported file of 10 MB, and reads one nested 100,000 levels deep without a stack overflow', () => {
    const huge = JSON.stringify({ ...kept, padding: 'x'.repeat(10_000_000) });
    assert.match((parseProgressText(huge) as { error: string }).error, /^The file is 10,000,\d{3} bytes; a progress file is at most 1,000,000 bytes \(1 MB\)\.$/);
    const nested = parseProgressText(`{"version": ${PROGRESS_VERSION}, "challenges": {"fill-uniform-formula": ${JSON.stringify(solved)}, "deep": {"attemptsUsed": ${deep(100_000)}}}}`);
    assert.ok(!('error' in nested));
    assert.deepStrictEqual(Object.keys(nested.progress.challenges), ['fill-uniform-formula']);
    assert.match(nested.notice ?? '', /challenge `deep`/);
  });

  it('drops values of the wrong type, field by field', () => {
    const parsed = parseProgress({
      ...kept,
      challenges: { ...kept.challenges, 'as-string': 'solved', 'as-array': [solved], 'nan-attempts': { ...solved, attemptsUsed: NaN }, 'huge-answer': { ...solved, lastAnswer: 'A'.repeat(1_000) } },
      badges: 'all of them',
      review: { 0: 'fill-uniform-formula' },
      assessments: null,
      last: { mode: 'challenge', challengeId: 42 },
    });
    assert.deepStrictEqual(parsed.progress, { ...kept, review: [] });
    assert.match(parsed.notice ?? '', /challenge `as-string`, challenge `as-array`, challenge `nan-attempts`, challenge `huge-answer`, the badge list and 3 more\.$/);
  });
});

describe('progress in globalState: hostile values', () => {
  it('keeps what it can read of partly hostile progress, and backs the original up before storing the repair', async () => {
    const state = new MemoryState();
    const stored = { ...kept, challenges: { ...kept.challenges, junk: { note: 'y'.repeat(100_000) } }, running: { challengeId: 'fill-uniform-formula', startedAt: START, deadline: -1 } };
    await state.update(PROGRESS_KEY, stored);
    const loaded = new GlobalStateProgressStorage(state, () => 99).load();
    assert.deepStrictEqual(loaded.progress, kept);
    assert.match(loaded.notice ?? '', /left out \(a backup keeps it\): challenge `junk`, the running timer\.$/);
    await new Promise(resolve => setImmediate(resolve));
    const storage = new GlobalStateProgressStorage(state);
    assert.deepStrictEqual(storage.backups(), [{ savedAt: 99, reason: 'repaired on load: migrated or partly unreadable', value: stored }]);
    assert.deepStrictEqual(state.get(PROGRESS_KEY), kept);
  });

  it('survives a stored value too deep to copy: the progress is kept, the backup says why it holds no copy', async () => {
    const state = new MemoryState();
    // Built as text: globalState could hold it (it was written as JSON), but JSON.stringify cannot copy it back.
    state.values.set(PROGRESS_KEY, `{"version": ${PROGRESS_VERSION}, "challenges": {"fill-uniform-formula": ${JSON.stringify(solved)}}, "review": ["fill-uniform-formula"], "extra": ${deep(100_000)}, "badges": {"x": -1}}`);
    const storage = new GlobalStateProgressStorage(state, () => 5);
    assert.deepStrictEqual(storage.load().progress, kept);
    await new Promise(resolve => setImmediate(resolve));
    const [backup] = storage.backups();
    assert.strictEqual(backup.value, undefined);
    assert.strictEqual(backup.note, 'not kept: not serialisable (nested too deeply, or cyclic)');
  });
});
