// The Challenge mode's countdown. It runs in the extension host, not in the webview, and its deadline is
// stored in progress.running: a hidden view keeps counting, and a reloaded window resumes with the time that
// is really left (or finds it expired). The clock ticks once a second while a countdown runs, and not at all
// otherwise.
import type { Challenge } from '../contract';
import { secondsLeft, timeAnnouncement } from './countdown';
import { addToReview, challengeProgress, setRunning, updateChallenge } from './progressUpdates';
import type { SessionCore } from './sessionCore';

export function startTimer(core: SessionCore, challenge: Challenge): void {
  const now = core.now();
  core.update(p => setRunning(p, { challengeId: challenge.id, startedAt: now, deadline: now + challenge.timeLimitSeconds * 1000 }));
  core.timer.lastSecondsLeft = challenge.timeLimitSeconds;
  core.ui.timerAnnouncement = '';
  ensureTicking(core);
}

/** Stops the countdown (the question was answered, or its attempts ran out). */
export function stopTimer(core: SessionCore): void {
  core.update(p => setRunning(p, undefined));
  core.timer.ticker?.dispose();
  core.timer.ticker = undefined;
}

/** After loading or replacing the progress: a countdown still running goes on, one past its deadline expires. */
export function resumeTimer(core: SessionCore): void {
  core.timer.ticker?.dispose();
  core.timer.ticker = undefined;
  const running = core.progress.running;
  if (!running) return;
  const left = secondsLeft(running.deadline, core.now());
  if (left <= 0 || !core.challenge(running.challengeId)) {
    expire(core);
    return;
  }
  core.timer.lastSecondsLeft = left;
  ensureTicking(core);
}

/**
 * Expires the countdown if its deadline has passed. Called before an answer is taken: the clock's tick may not
 * have come yet (a busy or sleeping machine), and an answer after the deadline must not count.
 */
export function expireIfDue(core: SessionCore): void {
  const running = core.progress.running;
  if (running && secondsLeft(running.deadline, core.now()) <= 0) expire(core);
}

/** Milliseconds since the running countdown of this challenge started, if it is running. */
export function elapsedMs(core: SessionCore, challengeId: string): number | undefined {
  const running = core.progress.running;
  return running?.challengeId === challengeId ? core.now() - running.startedAt : undefined;
}

function ensureTicking(core: SessionCore): void {
  core.timer.ticker ??= core.deps.clock.every(1000, () => {
    void core.schedule(async () => {
      tick(core);
      await core.commit();
    });
  });
}

function tick(core: SessionCore): void {
  const running = core.progress.running;
  if (!running) {
    stopTimer(core);
    return;
  }
  const left = secondsLeft(running.deadline, core.now());
  if (left <= 0) {
    expire(core);
    return;
  }
  const announcement = timeAnnouncement(core.timer.lastSecondsLeft, left);
  if (announcement) core.ui.timerAnnouncement = announcement;
  core.timer.lastSecondsLeft = left;
}

/** Time is up: the question fails (unless it was somehow answered already) and goes on the review list. */
function expire(core: SessionCore): void {
  const running = core.progress.running;
  stopTimer(core);
  if (!running) return;
  const challenge = core.challenge(running.challengeId);
  const progress = challengeProgress(core.progress, running.challengeId);
  if (!challenge || progress.solved || progress.failed) return;
  core.update(p => addToReview(updateChallenge(p, challenge.id, { failed: true, reviewStreak: 0 }), challenge.id));
  const round = core.round('challenge', challenge.id);
  round.selected = undefined;
  round.feedback = { tone: 'wrong', text: `Time is up. ${answerSentence(challenge)}` };
  core.ui.timerAnnouncement = `Time is up: “${challenge.title}” failed.`;
}

/** "The answer is **B**." (for any challenge with an answer key). */
export function answerSentence(challenge: Challenge): string {
  if (challenge.type === 'fix-the-code') return '';
  if (Array.isArray(challenge.answer)) return `The answer is ${challenge.answer.map((id, i) => `**${id}** for blank ${i + 1}`).join(', ')}.`;
  return `The answer is **${challenge.answer}**.`;
}
