// "Test this pattern": an intro (with past scores), ten questions answered once each with immediate
// feedback, then the score and a breakdown by topic, appended to progress.assessments. Questions missed go on
// the review list (answers.ts does that for every mode).
import { appendAssessment } from './progressUpdates';
import { drawAssessment, scoreAssessment } from './assessment';
import type { SessionCore } from './sessionCore';
import { tallyOf } from './tally';

/** Entering the mode: an assessment under way continues; a finished one gives way to the intro. */
export function openAssessment(core: SessionCore): void {
  const assessment = core.ui.assessment;
  if (assessment?.finished) core.ui.assessment = undefined;
  else if (assessment) core.ui.round = core.round('assessment', assessment.questions[Math.min(assessment.answers.length, assessment.questions.length - 1)]);
}

export function beginAssessment(core: SessionCore): void {
  // The draw's seed is the moment it starts: a new set of questions each time, reproducible in tests.
  const questions = drawAssessment(core.catalog.challenges, core.now());
  if (!questions.length) {
    core.announce('There are no questions to ask.');
    return;
  }
  core.forgetRounds('assessment');
  core.ui.screen = 'assessment';
  core.ui.assessment = { questions, answers: [], finished: false };
  core.ui.round = core.round('assessment', questions[0]);
}

export function nextAssessmentQuestion(core: SessionCore): void {
  const assessment = core.ui.assessment;
  const round = core.ui.round;
  if (!assessment || assessment.finished || !round || tallyOf(core, round).status === 'open') return;
  const index = assessment.answers.length;
  if (index < assessment.questions.length) {
    core.ui.round = core.round('assessment', assessment.questions[index]);
    return;
  }
  const result = scoreAssessment(core.catalog.challenges, assessment.answers, core.now());
  core.update(p => appendAssessment(p, result));
  assessment.finished = true;
  core.ui.round = undefined;
  core.announce(`Assessment finished: ${result.score} of ${result.total} right.`);
}
