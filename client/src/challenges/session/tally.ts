// Attempts, hints and status of a round. Where they are kept depends on the mode: in the progress for the
// modes that work a challenge (Try, Challenge, Predict, Debug), in the round for one-off askings (Review,
// Assessment), so a question missed in an assessment does not count against the Challenge mode.
import type { Challenge } from '../contract';
import { policyOf } from './modes';
import { challengeProgress, updateChallenge } from './progressUpdates';
import type { SessionCore } from './sessionCore';
import type { QuestionStatus, Round } from './uiState';

export interface Tally {
  readonly attemptsUsed: number;
  readonly hintsUsed: number;
  readonly status: QuestionStatus;
}

export function tallyOf(core: SessionCore, round: Round): Tally {
  if (!policyOf(round.mode).persistent) return round;
  const progress = challengeProgress(core.progress, round.challengeId);
  return {
    attemptsUsed: progress.attemptsUsed,
    hintsUsed: progress.hintsUsed,
    status: progress.solved ? 'solved' : progress.failed ? 'failed' : 'open',
  };
}

/** Answers allowed in this round; undefined when they are not limited (Debug). */
export function attemptsAllowed(round: Round, challenge: Challenge): number | undefined {
  const { attempts } = policyOf(round.mode);
  return attempts === 'challenge' ? challenge.attempts : attempts === 'one' ? 1 : undefined;
}

export function attemptsLeft(core: SessionCore, round: Round, challenge: Challenge): number | undefined {
  const allowed = attemptsAllowed(round, challenge);
  return allowed === undefined ? undefined : Math.max(0, allowed - tallyOf(core, round).attemptsUsed);
}

export function useAttempt(core: SessionCore, round: Round): void {
  if (!policyOf(round.mode).persistent) {
    round.attemptsUsed += 1;
    return;
  }
  core.update(p => updateChallenge(p, round.challengeId, { attemptsUsed: challengeProgress(p, round.challengeId).attemptsUsed + 1 }));
}

export function useHint(core: SessionCore, round: Round): void {
  if (!policyOf(round.mode).persistent) {
    round.hintsUsed += 1;
    return;
  }
  core.update(p => updateChallenge(p, round.challengeId, { hintsUsed: challengeProgress(p, round.challengeId).hintsUsed + 1 }));
}

/** Ends a one-off round (the persistent modes record their ends in the progress: see answers.ts). */
export function setRoundStatus(round: Round, status: QuestionStatus): void {
  if (!policyOf(round.mode).persistent) round.status = status;
}
