// Review mode's queue (progress.review): questions missed before, asked again until answered right
// REVIEW_STREAK times in a row. An answered question goes to the back of the queue, so the others come first.
import type { Progress } from '../contract';
import { REVIEW_STREAK } from '../contract';
import { challengeProgress, updateChallenge } from './progressUpdates';

export function recordReviewAnswer(progress: Progress, challengeId: string, correct: boolean): Progress {
  const streak = correct ? challengeProgress(progress, challengeId).reviewStreak + 1 : 0;
  const rest = progress.review.filter(id => id !== challengeId);
  if (streak >= REVIEW_STREAK) {
    return { ...updateChallenge(progress, challengeId, { reviewStreak: 0 }), review: rest };
  }
  return { ...updateChallenge(progress, challengeId, { reviewStreak: streak }), review: [...rest, challengeId] };
}

/** Whether the answer just given took the question off the review list. */
export function leftReview(progress: Progress, challengeId: string): boolean {
  return !progress.review.includes(challengeId);
}
