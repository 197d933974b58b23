// Answering a question: picking options, submitting, hints, and what a right or a wrong answer does in each
// mode (attempts, the countdown, the review list, the badge, the Predict reveal, the assessment's tally).
import type { Challenge } from '../contract';
import { gradeChoice } from '../../../../server/src/challenges/choice';
import type { ChoiceChallenge, FillInBlankChallenge } from '../../../../server/src/challenges/challenge';
import { isChoice } from './assessment';
import { MASTERY_BADGE, masteryEarned } from './badge';
import { answerSentence, elapsedMs, expireIfDue, stopTimer } from './challengeTimer';
import { policyOf } from './modes';
import { addToReview, earnBadge, recordSolved, updateChallenge } from './progressUpdates';
import { recordReviewAnswer, leftReview } from './review';
import type { SessionCore } from './sessionCore';
import { attemptsAllowed, attemptsLeft, setRoundStatus, tallyOf, useAttempt, useHint } from './tally';
import type { Round } from './uiState';
import { revealPreview } from './predictReveal';
import { REVIEW_STREAK } from '../contract';

/** The round on screen and its challenge, when it can still be answered. */
function openRound(core: SessionCore): { round: Round; challenge: Challenge } | undefined {
  expireIfDue(core);
  const round = core.ui.round;
  const challenge = round && core.challenge(round.challengeId);
  if (!round || !challenge || tallyOf(core, round).status !== 'open') return undefined;
  return { round, challenge };
}

/** The numbers of a fill-in-the-blank challenge's blanks, in order (each has options: the loader checks). */
export function blankNumbers(challenge: FillInBlankChallenge): number[] {
  return [...new Set(challenge.options.map(o => o.blank ?? 0))].filter(n => n > 0).sort((a, b) => a - b);
}

export function select(core: SessionCore, optionId: string): void {
  const open = openRound(core);
  if (!open || open.challenge.type === 'fix-the-code') return;
  const { round, challenge } = open;
  const option = challenge.options.find(o => o.id === optionId);
  if (!option) return core.log(`ignored: option ${optionId} is not an option of ${challenge.id}`);
  if (challenge.type === 'fill-in-blank') {
    if (option.blank !== undefined) round.blanks.set(option.blank, option.id);
    return;
  }
  if (round.wrong.includes(optionId)) {
    core.announce(`Option ${optionId} was already answered wrong; pick another.`);
    return;
  }
  round.selected = optionId;
}

export function clearBlank(core: SessionCore, blank: number): void {
  const open = openRound(core);
  if (open) open.round.blanks.delete(blank);
}

export function hint(core: SessionCore): void {
  const open = openRound(core);
  if (!open || !policyOf(open.round.mode).hints) return;
  const used = tallyOf(core, open.round).hintsUsed;
  const hints = open.challenge.hints;
  if (used >= hints.length) return;
  useHint(core, open.round);
  core.announce(`Hint ${used + 1} of ${hints.length}: ${hints[used]}`);
}

/** Submits the option picked or the blanks filled (Debug questions are checked by debugCheck.ts). */
export async function submit(core: SessionCore): Promise<void> {
  const open = openRound(core);
  if (!open) return;
  const { round, challenge } = open;
  if (isChoice(challenge)) await submitChoice(core, round, challenge);
  else if (challenge.type === 'fill-in-blank') await submitBlanks(core, round, challenge);
}

async function submitChoice(core: SessionCore, round: Round, challenge: ChoiceChallenge): Promise<void> {
  const picked = round.selected;
  if (picked === undefined || round.wrong.includes(picked)) return;
  const grade = gradeChoice(challenge, picked);
  // The option's own explanation says "Right: …" or "Wrong: …"; without one, say it plainly.
  const why = grade.optionExplanation;
  if (grade.correct) return solve(core, round, challenge, picked, why ? `**${picked}.** ${why}` : `**${picked} is right.**`);
  round.wrong.push(picked);
  round.selected = undefined;
  await miss(core, round, challenge, why ? `**${picked}.** ${why}` : `**${picked} is not right.**`);
}

async function submitBlanks(core: SessionCore, round: Round, challenge: FillInBlankChallenge): Promise<void> {
  const numbers = blankNumbers(challenge);
  const choices = numbers.map(n => round.blanks.get(n));
  if (choices.some(choice => choice === undefined)) return;
  const picked = choices as string[];
  let grade;
  try {
    grade = await core.deps.services.gradeFillInBlank(challenge.id, picked);
  } catch (error) {
    round.feedback = { tone: 'info', text: `Could not check the code: ${error instanceof Error ? error.message : String(error)}. No attempt was used.` };
    core.announce('Could not check the code; no attempt was used.');
    return;
  }
  round.fillGrade = grade;
  if (grade.correct) return solve(core, round, challenge, picked, `**Right!** The completed code does what was asked.`);
  await miss(core, round, challenge, `**Not yet:** ${grade.message}.`);
}

/**
 * A right answer. `answer` is what to remember (an option id, or one per blank; none for Debug); `text` the
 * feedback to show (none when the view shows the result another way, as Debug's grade).
 */
export async function solve(core: SessionCore, round: Round, challenge: Challenge, answer: string | readonly string[] | undefined, text?: string): Promise<void> {
  const { mode } = round;
  round.feedback = text === undefined ? undefined : { tone: 'right', text };
  if (policyOf(mode).persistent) {
    const elapsed = policyOf(mode).timed ? elapsedMs(core, challenge.id) : undefined;
    core.update(p => recordSolved(p, challenge.id, answer, elapsed));
    if (policyOf(mode).timed) stopTimer(core);
  }
  setRoundStatus(round, 'solved');
  let announcement = mode === 'debug' ? 'Passed!' : 'Correct!';
  if (mode === 'review') announcement += reviewNote(core, challenge.id, true);
  if (mode === 'assessment') core.ui.assessment?.answers.push({ challengeId: challenge.id, correct: true });
  if (mode === 'challenge' && masteryEarned(core.progress, core.catalog.mastery) && core.progress.badges[MASTERY_BADGE] === undefined) {
    core.update(p => earnBadge(p, MASTERY_BADGE, core.now()));
    announcement += ` You earned the badge: ${core.catalog.mastery?.title ?? 'mastery'}!`;
  }
  core.announce(announcement);
  if (mode === 'predict') await revealPreview(core, round);
}

/** A wrong answer: an attempt is used, the question goes on the review list, and it fails when none are left. */
async function miss(core: SessionCore, round: Round, challenge: Challenge, text: string): Promise<void> {
  useAttempt(core, round);
  if (round.mode === 'review') {
    core.update(p => recordReviewAnswer(p, challenge.id, false));
  } else {
    core.update(p => addToReview(updateChallenge(p, challenge.id, { reviewStreak: 0 }), challenge.id));
  }
  const left = attemptsLeft(core, round, challenge) ?? 1;
  if (left > 0) {
    round.feedback = { tone: 'wrong', text };
    core.announce(`Wrong. ${left} ${left === 1 ? 'attempt' : 'attempts'} left.`);
    return;
  }
  const outOf = attemptsAllowed(round, challenge) === 1 ? '' : 'No attempts left. ';
  await fail(core, round, challenge, `${text}\n\n${outOf}${answerSentence(challenge)}`);
}

async function fail(core: SessionCore, round: Round, challenge: Challenge, text: string): Promise<void> {
  round.feedback = { tone: 'wrong', text };
  if (policyOf(round.mode).persistent) {
    core.update(p => updateChallenge(p, challenge.id, { failed: true }));
    if (policyOf(round.mode).timed) stopTimer(core);
  }
  setRoundStatus(round, 'failed');
  if (round.mode === 'assessment') core.ui.assessment?.answers.push({ challengeId: challenge.id, correct: false });
  const attempts = attemptsAllowed(round, challenge);
  core.announce(`Wrong. ${attempts === 1 ? '' : 'No attempts left. '}${answerSentence(challenge).replace(/\*\*/g, '')}`.trim());
  if (round.mode === 'predict') await revealPreview(core, round);
}

function reviewNote(core: SessionCore, challengeId: string, correct: boolean): string {
  core.update(p => recordReviewAnswer(p, challengeId, correct));
  if (leftReview(core.progress, challengeId)) return ' It leaves your review list.';
  return ` Answer it right ${REVIEW_STREAK} times in a row to take it off your review list.`;
}
