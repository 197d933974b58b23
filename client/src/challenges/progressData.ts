// The learner's progress as data: reading whatever globalState or an imported file holds into a valid Progress,
// and writing it out. No vscode here (progressStore.ts does the storing), so the unit tests cover every case.
// Nothing is ever silently lost: whatever cannot be used is reported in a notice, and `keepOriginal` tells the
// store to back the stored value up before it is replaced.
import { AssessmentResult, ChallengeProgress, MODES, Mode, PROGRESS_VERSION, Progress, RunningTimer } from './contract';

/** Exports and imports larger than this are refused: real progress is a few kilobytes. */
export const MAX_PROGRESS_BYTES = 1_000_000;

/** Bounds that keep hostile or runaway data small; far above what a learner produces with ~60 challenges. */
export const LIMITS = { challenges: 2000, badges: 200, review: 2000, assessments: 100, topics: 200 } as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 200;
const OPTION_ID = /^[A-Za-z0-9_-]{1,40}$/;
const MAX_BLANKS = 50;
/** No countdown is longer than a challenge's longest time limit (3600 s, challenges/schema.json). */
const MAX_COUNTDOWN_MS = 3600 * 1000;

export interface ParsedProgress {
  readonly progress: Progress;
  /** For the learner: what was set aside, dropped or migrated. */
  readonly notice?: string;
  /** The value read differs from `progress` (migrated, repaired or unreadable): back it up before saving. */
  readonly keepOriginal: boolean;
  /** Set when nothing of it could be used, and why (`progress` is then fresh). */
  readonly unreadable?: string;
}

/**
 * Migrations from an older stored version to the next one, by the version they read. Version 1 is the first
 * format ever stored, so there is none yet; when PROGRESS_VERSION becomes 2, `1: v1 => v2` goes here.
 */
export type Migrations = Readonly<Record<number, (older: Record<string, unknown>) => Record<string, unknown>>>;
export const MIGRATIONS: Migrations = {};

export function freshProgress(): Progress {
  return { version: PROGRESS_VERSION, challenges: {}, badges: {}, review: [], assessments: [] };
}

export function parseProgress(value: unknown, migrations: Migrations = MIGRATIONS): ParsedProgress {
  if (value === undefined || value === null) return { progress: freshProgress(), keepOriginal: false };
  if (!isRecord(value)) return setAside('it is not a progress record');
  let record = value;
  let version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return setAside('it has no valid version');
  if (version > PROGRESS_VERSION) {
    return setAside(`it was saved by a newer version of Label Smoothing Lab (progress format ${version}; this one reads ${PROGRESS_VERSION})`);
  }
  const migratedFrom = version < PROGRESS_VERSION ? version : undefined;
  while (version < PROGRESS_VERSION) {
    const migrate = migrations[version];
    if (!migrate) return setAside(`its format ${version} cannot be migrated`);
    try {
      record = migrate(record);
    } catch (error) {
      return setAside(`migrating it from format ${version} failed (${error instanceof Error ? error.message : String(error)})`);
    }
    version += 1;
  }
  const dropped: string[] = [];
  const progress = readProgress(record, dropped);
  const notices: string[] = [];
  if (migratedFrom !== undefined) notices.push(`Your progress was updated from format ${migratedFrom} to ${PROGRESS_VERSION}; the old copy is kept as a backup.`);
  if (dropped.length) notices.push(`Some saved progress could not be read and was left out (a backup keeps it): ${listed(dropped)}.`);
  return { progress, keepOriginal: migratedFrom !== undefined || dropped.length > 0, ...(notices.length ? { notice: notices.join(' ') } : {}) };
}

/** An exported file: pretty JSON of the progress (its version included), ending in a newline. */
export function serializeProgress(progress: Progress): string {
  return `${JSON.stringify(progress, null, 2)}\n`;
}

/** An imported file's text: refused when too large, not JSON, or not progress at all; repaired otherwise. */
export function parseProgressText(text: string): ParsedProgress | { readonly error: string } {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_PROGRESS_BYTES) return { error: tooLarge(bytes) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `The file is not JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (json === undefined || json === null) return { error: 'The file holds no progress.' };
  const parsed = parseProgress(json);
  return parsed.unreadable ? { error: `The file cannot be imported: ${parsed.unreadable}.` } : parsed;
}

export function tooLarge(bytes: number): string {
  return `The file is ${bytes.toLocaleString('en-US')} bytes; a progress file is at most ${MAX_PROGRESS_BYTES.toLocaleString('en-US')} bytes (1 MB).`;
}

function setAside(reason: string): ParsedProgress {
  return {
    progress: freshProgress(),
    keepOriginal: true,
    unreadable: reason,
    notice: `Your saved progress could not be used because ${reason}. It was set aside as a backup and you start afresh.`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Field by field: each part that does not hold is dropped on its own and named in `dropped`.

function readProgress(record: Record<string, unknown>, dropped: string[]): Progress {
  const progress: { -readonly [K in keyof Progress]: Progress[K] } = {
    version: PROGRESS_VERSION,
    challenges: readMap(record.challenges, 'challenge', LIMITS.challenges, readChallengeProgress, dropped),
    badges: readMap(record.badges, 'badge', LIMITS.badges, readTime, dropped),
    review: readReview(record.review, dropped),
    assessments: readAssessments(record.assessments, dropped),
  };
  if (record.running !== undefined) {
    const running = readRunning(record.running);
    if (running) progress.running = running; else dropped.push('the running timer');
  }
  if (record.last !== undefined) {
    const last = readLast(record.last);
    if (last) progress.last = last; else dropped.push('where you left off');
  }
  return progress;
}

/** An object keyed by ids; entries with a bad id or value are dropped (built with fromEntries: no `__proto__` tricks). */
function readMap<T>(value: unknown, what: string, limit: number, read: (entry: unknown) => T | undefined, dropped: string[]): Record<string, T> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    dropped.push(`the ${what} list`);
    return {};
  }
  const entries: [string, T][] = [];
  for (const [id, entry] of Object.entries(value)) {
    const read_ = isId(id) && entries.length < limit ? read(entry) : undefined;
    if (read_ === undefined) dropped.push(named(what, id)); else entries.push([id, read_]);
  }
  return Object.fromEntries(entries);
}

function readChallengeProgress(value: unknown): ChallengeProgress | undefined {
  if (!isRecord(value)) return undefined;
  const { attemptsUsed, hintsUsed, solved, failed, bestTimeMs, lastAnswer, reviewStreak } = value;
  if (!isCount(attemptsUsed) || !isCount(hintsUsed) || !isCount(reviewStreak) || typeof solved !== 'boolean' || typeof failed !== 'boolean') return undefined;
  if (bestTimeMs !== undefined && !isCount(bestTimeMs)) return undefined;
  if (lastAnswer !== undefined && !isAnswer(lastAnswer)) return undefined;
  return {
    attemptsUsed, hintsUsed, solved, failed, reviewStreak,
    ...(bestTimeMs !== undefined ? { bestTimeMs } : {}),
    ...(lastAnswer !== undefined ? { lastAnswer: typeof lastAnswer === 'string' ? lastAnswer : [...lastAnswer] } : {}),
  };
}

function readReview(value: unknown, dropped: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    dropped.push('the review list');
    return [];
  }
  const ids = value.filter((id): id is string => isId(id)).filter((id, i, all) => all.indexOf(id) === i).slice(0, LIMITS.review);
  if (ids.length < value.length) dropped.push(`${value.length - ids.length} review ${value.length - ids.length === 1 ? 'entry' : 'entries'}`);
  return ids;
}

function readAssessments(value: unknown, dropped: string[]): AssessmentResult[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    dropped.push('the assessment results');
    return [];
  }
  // The latest results are the ones worth keeping when there are too many.
  const read = value.map(readAssessment).filter((result): result is AssessmentResult => result !== undefined).slice(-LIMITS.assessments);
  if (read.length < value.length) dropped.push(`${value.length - read.length} assessment ${value.length - read.length === 1 ? 'result' : 'results'}`);
  return read;
}

function readAssessment(value: unknown): AssessmentResult | undefined {
  if (!isRecord(value)) return undefined;
  const { finishedAt, score, total, byTopic } = value;
  if (!isCount(finishedAt) || !isCount(score) || !isCount(total) || score > total || !isRecord(byTopic)) return undefined;
  const topics = Object.entries(byTopic);
  if (topics.length > LIMITS.topics) return undefined;
  const entries: [string, { correct: number; total: number }][] = [];
  for (const [topic, tally] of topics) {
    if (!isId(topic) || !isRecord(tally) || !isCount(tally.correct) || !isCount(tally.total) || tally.correct > tally.total) return undefined;
    entries.push([topic, { correct: tally.correct, total: tally.total }]);
  }
  return { finishedAt, score, total, byTopic: Object.fromEntries(entries) };
}

function readRunning(value: unknown): RunningTimer | undefined {
  if (!isRecord(value)) return undefined;
  const { challengeId, startedAt, deadline } = value;
  // A deadline further than any time limit would be a countdown that never ends: the timer is dropped instead.
  if (!isId(challengeId) || !isCount(startedAt) || !isCount(deadline) || deadline < startedAt || deadline - startedAt > MAX_COUNTDOWN_MS) return undefined;
  return { challengeId, startedAt, deadline };
}

function readLast(value: unknown): Progress['last'] | undefined {
  if (!isRecord(value)) return undefined;
  const { mode, challengeId } = value;
  if (!MODES.includes(mode as Mode)) return undefined;
  if (challengeId !== undefined && !isId(challengeId)) return undefined;
  return { mode: mode as Mode, ...(challengeId !== undefined ? { challengeId } : {}) };
}

function readTime(value: unknown): number | undefined {
  return isCount(value) ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID.test(value);
}

/** A whole number ≥ 0 (counts, milliseconds, times since the epoch). */
function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isAnswer(value: unknown): value is string | readonly string[] {
  if (typeof value === 'string') return OPTION_ID.test(value);
  return Array.isArray(value) && value.length <= MAX_BLANKS && value.every(id => typeof id === 'string' && OPTION_ID.test(id));
}

/**
 * An entry as the notice names it. The notice is Markdown in the panel: an id is shown as inline code, and only
 * when it is plainly an id; anything else (markup, control characters, a novel) is not repeated at all.
 */
function named(what: string, id: string): string {
  return /^[A-Za-z0-9_.-]{1,60}$/.test(id) ? `${what} \`${id}\`` : `a ${what} with an unreadable id`;
}

function listed(items: readonly string[]): string {
  const shown = items.slice(0, 5).join(', ');
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}
