// Review mode: the questions on progress.review, one at a time, each answered once per asking; an answered
// question goes to the back of the list (review.ts), so Next asks the one now at the front.
import type { Challenge } from '../contract';
import { isChoice } from './assessment';
import type { SessionCore } from './sessionCore';
import { tallyOf } from './tally';

/** The review list's questions that can still be asked here (choices and fill-in-the-blank). */
export function reviewQueue(core: SessionCore): Challenge[] {
  return core.progress.review
    .map(id => core.challenge(id))
    .filter((c): c is Challenge => c !== undefined && (isChoice(c) || c.type === 'fill-in-blank'));
}

/** Shows the question at the front of the list; `advance`: the learner pressed Next after answering. */
export function openReview(core: SessionCore, advance: boolean): void {
  const current = core.ui.round;
  if (advance && current && tallyOf(core, current).status === 'open') return;
  const first = reviewQueue(core)[0];
  if (!first) {
    core.ui.round = undefined;
    return;
  }
  const existing = core.round('review', first.id);
  // A question asked before and answered is asked afresh.
  core.ui.round = tallyOf(core, existing).status === 'open' ? existing : core.round('review', first.id, true);
}
