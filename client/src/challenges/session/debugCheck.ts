// Debug mode: the buggy code opens in an editor where the learner fixes it; "Check" (the panel's button or
// the editor's CodeLens) grades the editor's text on hidden inputs, with the linter, and never runs it.
// Every check is counted; there is no limit, because fixing code is a loop of edit and check.
import type { Challenge } from '../contract';
import { solve } from './answers';
import { openQuestion } from './navigation';
import type { SessionCore } from './sessionCore';
import { useAttempt } from './tally';

function fixChallenge(core: SessionCore, challengeId: string): Challenge | undefined {
  const challenge = core.challenge(challengeId);
  if (challenge?.type === 'fix-the-code') return challenge;
  core.log(`ignored: ${challengeId} is not a fix-the-code challenge`);
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function openDebugEditor(core: SessionCore, challengeId: string): Promise<void> {
  if (!fixChallenge(core, challengeId)) return;
  try {
    await core.deps.services.openDebugEditor(challengeId);
  } catch (error) {
    const round = core.round('debug', challengeId);
    round.feedback = { tone: 'info', text: `Could not open the editor: ${messageOf(error)}` };
    core.announce('Could not open the editor.');
  }
}

export async function checkDebug(core: SessionCore, challengeId: string): Promise<void> {
  const challenge = fixChallenge(core, challengeId);
  if (!challenge) return;
  // The CodeLens may ask while the panel shows something else: show the challenge being checked.
  if (core.ui.screen !== 'debug' || core.ui.round?.challengeId !== challengeId) await openQuestion(core, 'debug', challengeId);
  const round = core.round('debug', challengeId);
  const code = core.deps.services.debugEditorText(challengeId);
  if (code === undefined) {
    round.feedback = { tone: 'info', text: 'Open the code in an editor first (**Open in editor**), fix it there, then check.' };
    core.announce('Open the code in an editor first.');
    return;
  }
  let grade;
  try {
    grade = await core.deps.services.gradeFix(challengeId, code);
  } catch (error) {
    round.feedback = { tone: 'info', text: `Could not check the code: ${messageOf(error)}` };
    core.announce('Could not check the code.');
    return;
  }
  // The grade is shown in full (summary, hidden inputs, findings): no feedback line to repeat it.
  round.fixGrade = grade;
  round.feedback = undefined;
  useAttempt(core, round);
  if (grade.passed) return solve(core, round, challenge, undefined);
  core.announce(grade.summary);
}
