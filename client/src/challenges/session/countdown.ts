// The arithmetic of a countdown whose deadline is a moment in time (stored in progress.running), not a
// number of ticks: a hidden view, a slow tick or a reloaded window cannot stretch it.

/** Whole seconds left, rounded up (1.2 s left shows as 2), never below 0. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** When a screen reader hears the time: often enough to plan, rarely enough not to drown the question. */
export const ANNOUNCED_SECONDS = [60, 30, 10] as const;

/**
 * The announcement due when the time left went from `before` to `after` seconds (a jump over several
 * marks, e.g. after the machine slept, announces only the latest one).
 */
export function timeAnnouncement(before: number, after: number): string | undefined {
  const crossed = ANNOUNCED_SECONDS.filter(mark => before > mark && after <= mark && after > 0);
  const mark = crossed[crossed.length - 1];
  return mark === undefined ? undefined : `${mark === 60 ? '1 minute' : `${mark} seconds`} left`;
}
