// The home screen's view model: the nine modes with where the learner stands in each, the mastery badge
// card (mastery.json), overall progress, and "continue where I left off".
import { MODES } from '../contract';
import type { Mode } from '../contract';
import type { PanelView } from '../protocol';
import { ASSESSMENT_SIZE } from './assessment';
import { MASTERY_BADGE, challengeSetSolved } from './badge';
import { LISTED_MODES, MODE_INFO, questionsOf } from './modes';
import { challengeProgress } from './progressUpdates';
import { reviewQueue } from './reviewFlow';
import type { SessionCore } from './sessionCore';

export function homeView(core: SessionCore): PanelView {
  const { catalog, progress } = core;
  const ids = catalog.challenges.map(c => c.id);
  const solved = ids.filter(id => challengeProgress(progress, id).solved).length;
  const attempted = ids.filter(id => {
    const p = challengeProgress(progress, id);
    return p.solved || p.failed || p.attemptsUsed > 0;
  }).length;
  const mastery = catalog.mastery;
  return {
    kind: 'home',
    modes: MODES.map(id => {
      const status = modeStatus(core, id);
      return status === undefined ? { id, ...MODE_INFO[id] } : { id, ...MODE_INFO[id], status };
    }),
    ...(mastery ? {
      mastery: {
        title: mastery.title,
        badge: mastery.badge,
        tagline: mastery.tagline,
        estimatedMinutes: mastery.estimatedMinutes,
        earned: progress.badges[MASTERY_BADGE] !== undefined,
        solved: challengeSetSolved(progress, mastery),
        total: mastery.challengeSet.length,
      },
    } : {}),
    progress: { solved, attempted, total: ids.length, toReview: reviewQueue(core).length, assessments: progress.assessments.length },
    ...continueLabel(core),
  };
}

function modeStatus(core: SessionCore, mode: Mode): string | undefined {
  if (LISTED_MODES.includes(mode)) {
    const questions = questionsOf(mode, core.catalog);
    const solved = questions.filter(c => challengeProgress(core.progress, c.id).solved).length;
    const running = mode === 'challenge' && core.progress.running ? ' · timer running' : '';
    return `${solved} of ${questions.length} solved${running}`;
  }
  if (mode === 'review') {
    const count = reviewQueue(core).length;
    return count ? `${count} to review` : 'nothing to review';
  }
  if (mode === 'assessment') {
    const results = core.progress.assessments;
    if (!results.length) return `${ASSESSMENT_SIZE} questions`;
    const best = results.reduce((a, b) => (b.score / b.total > a.score / a.total ? b : a));
    return `best ${best.score} of ${best.total}`;
  }
  return undefined;
}

function continueLabel(core: SessionCore): { continueLabel?: string } {
  const running = core.progress.running;
  const runningChallenge = running && core.challenge(running.challengeId);
  if (runningChallenge) return { continueLabel: `Continue: Challenge — ${runningChallenge.title} (timer running)` };
  const last = core.progress.last;
  if (!last) return {};
  const title = last.challengeId ? core.challenge(last.challengeId)?.title : undefined;
  return { continueLabel: `Continue: ${MODE_INFO[last.mode].title}${title ? ` — ${title}` : ''}` };
}
