// Moving around the panel: entering a mode, opening one of its questions, Next, Try again, and "continue
// where I left off". Where the learner is goes into progress.last, so a reloaded window can continue there.
import type { Challenge, Mode } from '../contract';
import { startTimer } from './challengeTimer';
import { LISTED_MODES, questionsOf } from './modes';
import { revealPreview } from './predictReveal';
import { challengeProgress, recordRetry, setLast } from './progressUpdates';
import { openAssessment, nextAssessmentQuestion } from './assessmentFlow';
import { openReview } from './reviewFlow';
import type { SessionCore } from './sessionCore';
import { tallyOf } from './tally';
import { requestVisualization } from './visualizeFlow';

function statusOf(core: SessionCore, challengeId: string): 'open' | 'solved' | 'failed' {
  const progress = challengeProgress(core.progress, challengeId);
  return progress.solved ? 'solved' : progress.failed ? 'failed' : 'open';
}

/**
 * While a countdown runs, the Challenge mode offers only its problem and the ones already over: opening
 * another open problem would start a second countdown, or stop the first for free.
 */
export function canOpenTimed(core: SessionCore, challengeId: string): boolean {
  const running = core.progress.running;
  return !running || running.challengeId === challengeId || statusOf(core, challengeId) !== 'open';
}

export async function startMode(core: SessionCore, mode: Mode): Promise<void> {
  core.ui.screen = mode;
  core.ui.round = undefined;
  // A listed mode records its question when it opens one (and reads progress.last to choose it first).
  if (!LISTED_MODES.includes(mode)) core.update(p => setLast(p, mode));
  if (mode === 'visualize') requestVisualization(core, core.ui.visualize.request);
  else if (mode === 'assessment') openAssessment(core);
  else if (mode === 'review') openReview(core, false);
  else if (LISTED_MODES.includes(mode)) {
    const target = firstQuestion(core, mode);
    if (target) await openQuestion(core, mode, target.id);
  }
}

/** Where a listed mode opens: the running countdown, else where the learner was, else the first open question. */
function firstQuestion(core: SessionCore, mode: Mode): Challenge | undefined {
  const questions = questionsOf(mode, core.catalog);
  const running = core.progress.running;
  const pick = (id: string | undefined) => questions.find(c => c.id === id && (mode !== 'challenge' || canOpenTimed(core, c.id)));
  return (mode === 'challenge' ? pick(running?.challengeId) : undefined)
    ?? (core.progress.last?.mode === mode ? pick(core.progress.last.challengeId) : undefined)
    ?? questions.find(c => statusOf(core, c.id) === 'open' && (mode !== 'challenge' || canOpenTimed(core, c.id)))
    ?? questions.find(c => statusOf(core, c.id) === 'failed')
    ?? questions[0];
}

export async function openQuestion(core: SessionCore, mode: Mode, challengeId: string): Promise<void> {
  const challenge = questionsOf(mode, core.catalog).find(c => c.id === challengeId);
  if (!challenge) return core.log(`ignored: ${challengeId} is not a question of the ${mode} mode`);
  if (mode === 'challenge' && !canOpenTimed(core, challengeId)) {
    core.announce('Finish the problem whose timer is running first.');
    return;
  }
  core.ui.screen = mode;
  const round = core.round(mode, challengeId);
  core.ui.round = round;
  core.update(p => setLast(p, mode, challengeId));
  const status = tallyOf(core, round).status;
  if (mode === 'challenge' && status === 'open' && core.progress.running?.challengeId !== challengeId) startTimer(core, challenge);
  if (mode === 'predict' && status !== 'open') await revealPreview(core, round);
}

export async function next(core: SessionCore): Promise<void> {
  const round = core.ui.round;
  const mode = core.ui.screen;
  if (mode === 'review') return openReview(core, true);
  if (mode === 'assessment') return nextAssessmentQuestion(core);
  if (!round || mode === 'home' || !LISTED_MODES.includes(mode)) return;
  if (mode === 'challenge' && tallyOf(core, round).status === 'open' && core.progress.running?.challengeId === round.challengeId) return;
  const questions = questionsOf(mode, core.catalog);
  const at = questions.findIndex(c => c.id === round.challengeId);
  const after = [...questions.slice(at + 1), ...questions.slice(0, at + 1)];
  const openable = after.filter(c => mode !== 'challenge' || canOpenTimed(core, c.id));
  const target = openable.find(c => statusOf(core, c.id) !== 'solved') ?? openable[0];
  if (target) await openQuestion(core, mode, target.id);
}

/** Starts a failed question over (the persistent modes; Review and Assessment move on instead). */
export async function retry(core: SessionCore): Promise<void> {
  const round = core.ui.round;
  if (!round || !LISTED_MODES.includes(round.mode) || statusOf(core, round.challengeId) !== 'failed') return;
  if (round.mode === 'challenge' && core.progress.running) {
    core.announce('Finish the problem whose timer is running first.');
    return;
  }
  core.update(p => recordRetry(p, round.challengeId));
  const fresh = core.round(round.mode, round.challengeId, true);
  core.ui.round = fresh;
  const challenge = core.challenge(round.challengeId);
  if (round.mode === 'challenge' && challenge) startTimer(core, challenge);
  core.announce('Starting over.');
}

export async function continueWhereLeftOff(core: SessionCore): Promise<void> {
  const running = core.progress.running;
  if (running && core.challenge(running.challengeId)) return openQuestion(core, 'challenge', running.challengeId);
  const last = core.progress.last;
  if (!last) return;
  if (last.challengeId && LISTED_MODES.includes(last.mode) && questionsOf(last.mode, core.catalog).some(c => c.id === last.challengeId)) {
    const canOpen = last.mode !== 'challenge' || canOpenTimed(core, last.challengeId);
    if (canOpen) return openQuestion(core, last.mode, last.challengeId);
  }
  await startMode(core, last.mode);
}

export function goHome(core: SessionCore): void {
  core.ui.screen = 'home';
  core.ui.round = undefined;
}
