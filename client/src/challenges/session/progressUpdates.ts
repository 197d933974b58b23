// Pure changes to the learner's Progress: each returns a new Progress and leaves its argument alone, so the
// session can save exactly what it shows and a test can check one change at a time.
import type { AssessmentResult, ChallengeProgress, Mode, Progress, RunningTimer } from '../contract';
import { PROGRESS_VERSION } from '../contract';

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, challenges: {}, badges: {}, review: [], assessments: [] };
}

const FRESH: ChallengeProgress = { attemptsUsed: 0, hintsUsed: 0, solved: false, failed: false, reviewStreak: 0 };

export function challengeProgress(progress: Progress, challengeId: string): ChallengeProgress {
  return progress.challenges[challengeId] ?? FRESH;
}

export function updateChallenge(progress: Progress, challengeId: string, change: Partial<ChallengeProgress>): Progress {
  const next = { ...challengeProgress(progress, challengeId), ...change };
  return { ...progress, challenges: { ...progress.challenges, [challengeId]: next } };
}

/** A right answer: solved, the best time kept if this one is faster. */
export function recordSolved(progress: Progress, challengeId: string, answer: string | readonly string[] | undefined, elapsedMs?: number): Progress {
  const before = challengeProgress(progress, challengeId);
  const bestTimeMs = elapsedMs === undefined ? before.bestTimeMs
    : before.bestTimeMs === undefined ? elapsedMs : Math.min(before.bestTimeMs, elapsedMs);
  const change: Partial<ChallengeProgress> = { solved: true, failed: false };
  if (answer !== undefined) Object.assign(change, { lastAnswer: answer });
  if (bestTimeMs !== undefined) Object.assign(change, { bestTimeMs });
  return updateChallenge(progress, challengeId, change);
}

/** Starts a failed challenge over: attempts come back, the hints already seen stay seen. */
export function recordRetry(progress: Progress, challengeId: string): Progress {
  return updateChallenge(progress, challengeId, { attemptsUsed: 0, failed: false });
}

export function addToReview(progress: Progress, challengeId: string): Progress {
  if (progress.review.includes(challengeId)) return progress;
  return { ...progress, review: [...progress.review, challengeId] };
}

export function setRunning(progress: Progress, running: RunningTimer | undefined): Progress {
  const { running: _previous, ...rest } = progress;
  return running ? { ...rest, running } : rest;
}

export function setLast(progress: Progress, mode: Mode, challengeId?: string): Progress {
  const last = challengeId === undefined ? { mode } : { mode, challengeId };
  if (progress.last?.mode === last.mode && progress.last.challengeId === last.challengeId) return progress;
  return { ...progress, last };
}

export function earnBadge(progress: Progress, badgeId: string, at: number): Progress {
  if (progress.badges[badgeId] !== undefined) return progress;
  return { ...progress, badges: { ...progress.badges, [badgeId]: at } };
}

export function appendAssessment(progress: Progress, result: AssessmentResult): Progress {
  return { ...progress, assessments: [...progress.assessments, result] };
}
