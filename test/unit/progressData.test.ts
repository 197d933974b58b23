// Reading progress from globalState or an imported file: valid progress comes through unchanged; anything else
// is migrated, repaired or set aside, always with a notice and a request to keep the original.
import * as assert from 'assert';
import { PROGRESS_VERSION, Progress } from '../../client/src/challenges/contract';
import {
  LIMITS, MAX_PROGRESS_BYTES, freshProgress, parseProgress, parseProgressText, serializeProgress,
} from '../../client/src/challenges/progressData';

const solved = { attemptsUsed: 1, hintsUsed: 0, solved: true, failed: false, reviewStreak: 0, bestTimeMs: 41_000, lastAnswer: 'B' };

const full: Progress = {
  version: PROGRESS_VERSION,
  challenges: {
    'seed-purpose-of-label-smoothing': solved,
    'fill-uniform-formula': { attemptsUsed: 2, hintsUsed: 1, solved: false, failed: true, reviewStreak: 0, lastAnswer: ['A', 'C'] },
  },
  badges: { mastery: 1_700_000_000_000 },
  review: ['fill-uniform-formula'],
  assessments: [{ finishedAt: 1_700_000_100_000, score: 7, total: 10, byTopic: { conventions: { correct: 3, total: 4 } } }],
  running: { challengeId: 'seed-purpose-of-label-smoothing', startedAt: 1_700_000_200_000, deadline: 1_700_000_290_000 },
  last: { mode: 'challenge', challengeId: 'seed-purpose-of-label-smoothing' },
};

describe('progress data (parse, repair, serialize)', () => {
  it('starts fresh, quietly, when nothing was stored', () => {
    for (const nothing of [undefined, null]) {
      assert.deepStrictEqual(parseProgress(nothing), { progress: freshProgress(), keepOriginal: false });
    }
  });

  it('reads valid progress back unchanged, through JSON and the exported text alike', () => {
    assert.deepStrictEqual(parseProgress(JSON.parse(JSON.stringify(full))), { progress: full, keepOriginal: false });
    const text = serializeProgress(full);
    assert.ok(text.endsWith('}\n'));
    assert.deepStrictEqual(parseProgressText(text), { progress: full, keepOriginal: false });
  });

  it('sets aside what is not progress, from a newer version, or without a version, with a notice', () => {
    const cases: [unknown, RegExp][] = [
      ['a string', /it is not a progress record/],
      [[full], /it is not a progress record/],
      [{ ...full, version: undefined }, /it has no valid version/],
      [{ ...full, version: '1' }, /it has no valid version/],
      [{ ...full, version: PROGRESS_VERSION + 1 }, new RegExp(`saved by a newer version of Label Smoothing Lab \\(progress format ${PROGRESS_VERSION + 1}; this one reads ${PROGRESS_VERSION}\\)`)],
      [{ ...full, version: 0 }, /its format 0 cannot be migrated/],
    ];
    for (const [value, reason] of cases) {
      const parsed = parseProgress(value);
      assert.deepStrictEqual(parsed.progress, freshProgress());
      assert.strictEqual(parsed.keepOriginal, true);
      assert.match(parsed.unreadable ?? '', reason);
      assert.match(parsed.notice ?? '', /^Your saved progress could not be used because .*It was set aside as a backup and you start afresh\.$/);
    }
  });

  it('migrates an older version step by step, says so, and keeps the original', () => {
    const fromZero = { 0: (old: Record<string, unknown>) => ({ ...old, version: 1, challenges: old.solvedChallenges }) };
    const parsed = parseProgress({ version: 0, solvedChallenges: { 'fill-uniform-formula': solved } }, fromZero);
    assert.deepStrictEqual(parsed.progress, { ...freshProgress(), challenges: { 'fill-uniform-formula': solved } });
    assert.strictEqual(parsed.keepOriginal, true);
    assert.match(parsed.notice ?? '', /updated from format 0 to 1/);
    const broken = parseProgress({ version: 0 }, { 0: () => { throw new Error('no'); } });
    assert.match(broken.unreadable ?? '', /migrating it from format 0 failed \(no\)/);
  });

  it('drops only the entries that do not hold, and names them in the notice', () => {
    const parsed = parseProgress({
      ...full,
      challenges: {
        ...full.challenges,
        'bad-attempts': { ...solved, attemptsUsed: -1 },
        '<script>alert(1)</script>': solved,
        ['__proto__']: solved,   // computed: an own property, as JSON.parse makes it
        'bad-answer': { ...solved, lastAnswer: '<img src=x onerror=alert(1)>' },
      },
      badges: { mastery: 1, 'bad-badge': 'yesterday' },
      review: ['fill-uniform-formula', 42, 'fill-uniform-formula'],
      assessments: [...full.assessments, { finishedAt: 1, score: 11, total: 10, byTopic: {} }],
      running: { challengeId: 'x', startedAt: 10, deadline: 5 },
      last: { mode: 'sleep' },
    });
    assert.deepStrictEqual(Object.keys(parsed.progress.challenges), Object.keys(full.challenges));
    assert.strictEqual(Object.getPrototypeOf(parsed.progress.challenges), Object.prototype);
    assert.deepStrictEqual(parsed.progress.badges, { mastery: 1 });
    assert.deepStrictEqual(parsed.progress.review, ['fill-uniform-formula']);
    assert.deepStrictEqual(parsed.progress.assessments, full.assessments);
    assert.strictEqual(parsed.progress.running, undefined);
    assert.strictEqual(parsed.progress.last, undefined);
    assert.strictEqual(parsed.keepOriginal, true);
    assert.strictEqual(parsed.unreadable, undefined);
    assert.match(parsed.notice ?? '', /^Some saved progress could not be read and was left out \(a backup keeps it\): challenge `bad-attempts`, a challenge with an unreadable id, challenge `__proto__`, challenge `bad-answer`, badge `bad-badge` and 4 more\.$/);
  });

  it('keeps within its limits: the latest assessments, the first challenges', () => {
    const assessments = Array.from({ length: LIMITS.assessments + 5 }, (_, i) => ({ finishedAt: i, score: 1, total: 1, byTopic: {} }));
    const parsed = parseProgress({ ...freshProgress(), assessments });
    assert.strictEqual(parsed.progress.assessments.length, LIMITS.assessments);
    assert.strictEqual(parsed.progress.assessments[0].finishedAt, 5);
    const challenges = Object.fromEntries(Array.from({ length: LIMITS.challenges + 1 }, (_, i) => [`c-${i}`, solved]));
    const many = parseProgress({ ...freshProgress(), challenges });
    assert.strictEqual(Object.keys(many.progress.challenges).length, LIMITS.challenges);
    assert.match(many.notice ?? '', new RegExp(`challenge \`c-${LIMITS.challenges}\``));
  });

  it('refuses an import that is too large, not JSON, or not progress, with a clear message', () => {
    const huge = JSON.stringify({ ...full, padding: 'x'.repeat(MAX_PROGRESS_BYTES) });
    assert.deepStrictEqual(parseProgressText(huge), { error: `The file is ${huge.length.toLocaleString('en-US')} bytes; a progress file is at most 1,000,000 bytes (1 MB).` });
    assert.match((parseProgressText('{"version": 1,') as { error: string }).error, /^The file is not JSON \(/);
    assert.deepStrictEqual(parseProgressText('null'), { error: 'The file holds no progress.' });
    assert.deepStrictEqual(parseProgressText('{"name": "something else"}'), { error: 'The file cannot be imported: it has no valid version.' });
    assert.match((parseProgressText(JSON.stringify({ ...full, version: 9 })) as { error: string }).error, /newer version/);
  });
});
