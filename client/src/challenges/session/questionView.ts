// The view model of the question on screen, in any mode: the challenge's text, its options and how each is
// marked, attempts, hints, the countdown, feedback, and once it is over the explanation (and Predict's reveal,
// Debug's grade). Everything the webview shows comes from here, already decided.
import type { Challenge, CodePreview } from '../contract';
import type { OptionState, QuestionView } from '../protocol';
import { blankNumbers } from './answers';
import { isChoice } from './assessment';
import { secondsLeft } from './countdown';
import { LISTED_MODES, TYPE_LABELS, policyOf, questionsOf } from './modes';
import { canOpenTimed } from './navigation';
import { challengeProgress } from './progressUpdates';
import { reviewQueue } from './reviewFlow';
import type { SessionCore } from './sessionCore';
import { attemptsAllowed, tallyOf } from './tally';
import type { QuestionStatus, Round } from './uiState';

export function questionView(core: SessionCore, round: Round, challenge: Challenge): QuestionView {
  const tally = tallyOf(core, round);
  const policy = policyOf(round.mode);
  const allowed = attemptsAllowed(round, challenge);
  const over = tally.status !== 'open';
  const answerKind = challenge.type === 'fix-the-code' ? 'fix' : challenge.type === 'fill-in-blank' ? 'blanks' : 'choice';
  const running = core.progress.running;
  const timed = policy.timed && running?.challengeId === challenge.id && !over;
  const best = policy.timed ? challengeProgress(core.progress, challenge.id).bestTimeMs : undefined;
  return {
    kind: 'question',
    mode: round.mode,
    challengeId: challenge.id,
    title: challenge.title,
    typeLabel: TYPE_LABELS[challenge.type],
    difficulty: challenge.difficulty,
    prompt: challenge.prompt,
    ...(challenge.code !== undefined ? { code: challenge.code } : {}),
    answerKind,
    options: challenge.type === 'fix-the-code' ? [] : challenge.options.map((option, i) => ({
      id: option.id,
      number: i + 1,
      text: option.text,
      ...(option.blank !== undefined ? { blank: option.blank } : {}),
      state: optionState(round, challenge, option.id, tally.status),
    })),
    blanks: challenge.type === 'fill-in-blank' ? blankNumbers(challenge).map(number => {
      const optionId = round.blanks.get(number);
      const code = challenge.options.find(o => o.id === optionId)?.code;
      return { number, ...(optionId !== undefined ? { optionId } : {}), ...(code !== undefined ? { code } : {}) };
    }) : [],
    canSubmit: !over && canSubmit(round, challenge),
    status: tally.status,
    ...(allowed !== undefined ? { attempts: { left: Math.max(0, allowed - tally.attemptsUsed), total: allowed } } : {}),
    hints: challenge.hints.slice(0, tally.hintsUsed),
    hintsTotal: challenge.hints.length,
    canHint: policy.hints && !over && tally.hintsUsed < challenge.hints.length,
    ...(timed ? { timer: { secondsLeft: secondsLeft(running.deadline, core.now()), totalSeconds: challenge.timeLimitSeconds } } : {}),
    ...(best !== undefined ? { bestTimeSeconds: Math.round(best / 1000) } : {}),
    ...(round.feedback ? { feedback: round.feedback } : {}),
    ...(over ? { explanation: explanationOf(challenge) } : {}),
    ...(over && round.preview ? { reveal: revealOf(round.preview) } : {}),
    ...(challenge.type === 'fix-the-code' ? { fix: fixOf(round, challenge.grading.function) } : {}),
    references: challenge.references.map(r => ({ title: r.title, url: r.url })),
    rules: [...challenge.rules],
    position: positionOf(core, round),
    navigation: navigationOf(core, round),
    canNext: canNext(core, round, tally.status),
    canRetry: policy.persistent && LISTED_MODES.includes(round.mode) && tally.status === 'failed',
    canCheck: challenge.type === 'fix-the-code',
  };
}

function optionState(round: Round, challenge: Challenge, optionId: string, status: QuestionStatus): OptionState {
  if (challenge.type === 'fix-the-code') return 'idle';
  const answer: readonly string[] = typeof challenge.answer === 'string' ? [challenge.answer] : challenge.answer;
  if (status === 'solved' && answer.includes(optionId)) return 'right';
  if (status === 'failed' && answer.includes(optionId)) return 'answer';
  if (round.wrong.includes(optionId)) return 'wrong';
  if (challenge.type === 'fill-in-blank') return [...round.blanks.values()].includes(optionId) && status === 'open' ? 'selected' : 'idle';
  return status === 'open' && round.selected === optionId ? 'selected' : 'idle';
}

function canSubmit(round: Round, challenge: Challenge): boolean {
  if (isChoice(challenge)) return round.selected !== undefined && !round.wrong.includes(round.selected);
  if (challenge.type === 'fill-in-blank') return blankNumbers(challenge).every(n => round.blanks.has(n));
  return false;
}

function explanationOf(challenge: Challenge): NonNullable<QuestionView['explanation']> {
  const answer: readonly string[] = challenge.type === 'fix-the-code' ? [] : typeof challenge.answer === 'string' ? [challenge.answer] : challenge.answer;
  const texts = challenge.explanation.options ?? {};
  const options = challenge.type === 'fix-the-code' ? [] : challenge.options
    .filter(option => texts[option.id] !== undefined)
    .map(option => ({ id: option.id, right: answer.includes(option.id), text: texts[option.id] }));
  return { why: challenge.explanation.why, options };
}

function revealOf(preview: CodePreview): NonNullable<QuestionView['reveal']> {
  return {
    printed: [...preview.printed],
    ...(preview.error !== undefined ? { error: preview.error } : {}),
    ...(preview.notPreviewed !== undefined ? { notPreviewed: preview.notPreviewed } : {}),
  };
}

function fixOf(round: Round, functionName: string): NonNullable<QuestionView['fix']> {
  const grade = round.fixGrade;
  if (!grade) return { functionName };
  return {
    functionName,
    grade: {
      passed: grade.passed,
      summary: grade.summary,
      inputs: grade.inputs.map(input => ({ index: input.index, status: input.status, message: input.message })),
      // The core counts lines from 0; people count from 1.
      findings: grade.findings.map(f => ({ code: f.code, severity: f.severity, line: f.range.start.line + 1, message: f.message })),
    },
  };
}

function positionOf(core: SessionCore, round: Round): QuestionView['position'] {
  if (round.mode === 'assessment') {
    const questions = core.ui.assessment?.questions ?? [round.challengeId];
    return { index: Math.max(1, questions.indexOf(round.challengeId) + 1), total: questions.length };
  }
  if (round.mode === 'review') return { index: 1, total: Math.max(1, reviewQueue(core).length) };
  const questions = questionsOf(round.mode, core.catalog);
  return { index: Math.max(1, questions.findIndex(c => c.id === round.challengeId) + 1), total: Math.max(1, questions.length) };
}

function navigationOf(core: SessionCore, round: Round): QuestionView['navigation'] {
  if (!LISTED_MODES.includes(round.mode)) return [];
  const running = core.progress.running?.challengeId;
  return questionsOf(round.mode, core.catalog).map(c => {
    const p = challengeProgress(core.progress, c.id);
    const status = p.solved ? 'solved' : p.failed ? 'failed' : round.mode === 'challenge' && running === c.id ? 'running' : 'open';
    return {
      challengeId: c.id,
      title: c.title,
      status,
      current: c.id === round.challengeId,
      enabled: round.mode !== 'challenge' || canOpenTimed(core, c.id),
    };
  });
}

function canNext(core: SessionCore, round: Round, status: QuestionStatus): boolean {
  if (round.mode === 'review' || round.mode === 'assessment') return status !== 'open';
  // A running countdown is answered or runs out; it cannot be skipped.
  if (round.mode === 'challenge' && status === 'open') return false;
  return questionsOf(round.mode, core.catalog).length > 1 || status !== 'open';
}
