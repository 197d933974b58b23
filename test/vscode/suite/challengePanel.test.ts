// The challenge panel as a user meets it in a real VS Code: the view opens, Challenge mode shows the practice
// page's first problem, and the answer is given by clicking in the webview itself (the harness clicks there;
// see harnessRequests.ts). afterReload/ then checks, in a new window, that the progress is still there.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateLabelSmoothingLab } from './extensionApi';
import { pollUntil, withDeadline } from './poll';
import { panelClickLine } from '../harnessRequests';
import { firstSeedProblem } from './seedProblem';


interface QuestionState { view: { kind: string; id?: string; title?: string; status?: string } }

suite('challenge panel', () => {
  test('a seed problem answered by clicking in the webview is solved and saved', async () => {
    const api = await activateLabelSmoothingLab();
    await withDeadline(api.serverReady, 'the language server to answer initialize');
    await vscode.commands.executeCommand('labelSmoothing.openChallenges');
    await pollUntil('the Challenges view to be resolved', () => (api.challengesViewResolved() ? true : undefined));
    const session = await api.challengeSession();
    assert.notStrictEqual(session.progress.challenges[firstSeedProblem]?.solved, true, 'not solved before the test');

    await session.startMode('challenge');
    const question = await pollUntil('the first seed problem in the panel', () => {
      const state = api.challengePanelState() as QuestionState | undefined;
      return state?.view.kind === 'question' && state.view.status === 'open' ? state.view : undefined;
    });
    assert.strictEqual(question.title, 'What is the main purpose of label smoothing in classification?');

    console.log(panelClickLine(['[data-option="A"]', '[data-focus="submit"]']));
    const solved = await pollUntil('the answer clicked in the webview to solve the problem', () =>
      (session.progress.challenges[firstSeedProblem]?.solved ? session.progress.challenges[firstSeedProblem] : undefined));
    assert.strictEqual(solved.attemptsUsed, 0, 'a right first answer costs no attempt');
    assert.strictEqual(solved.lastAnswer, 'A');
    await pollUntil('the panel to show the problem solved', () =>
      ((api.challengePanelState() as QuestionState).view.status === 'solved' ? true : undefined));
  });
});
