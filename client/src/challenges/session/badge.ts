// The mastery badge: earned when every problem of the Challenge set (mastery.json) has been solved.
import type { Mastery, Progress } from '../contract';
import { challengeProgress } from './progressUpdates';

export const MASTERY_BADGE = 'mastery';

export function challengeSetSolved(progress: Progress, mastery: Mastery | undefined): number {
  return mastery ? mastery.challengeSet.filter(id => challengeProgress(progress, id).solved).length : 0;
}

export function masteryEarned(progress: Progress, mastery: Mastery | undefined): boolean {
  return !!mastery && mastery.challengeSet.length > 0 && challengeSetSolved(progress, mastery) === mastery.challengeSet.length;
}
