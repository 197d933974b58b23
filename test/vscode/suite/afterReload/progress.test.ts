// After a window reload (a new workbench window on the same profile): the seed problem answered in the main
// suite is still solved, and the panel shows it so.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateLabelSmoothingLab } from '../extensionApi';
import { pollUntil, withDeadline } from '../poll';
import { firstSeedProblem } from '../seedProblem';

suite('after a window reload', () => {
  test('the progress made in the webview before the reload is still there, and the panel shows it', async () => {
    const api = await activateLabelSmoothingLab();
    await withDeadline(api.serverReady, 'the language server to answer initialize');
    await vscode.commands.executeCommand('labelSmoothing.openChallenges');
    await pollUntil('the Challenges view to be resolved', () => (api.challengesViewResolved() ? true : undefined));
    const session = await api.challengeSession();
    const saved = session.progress.challenges[firstSeedProblem];
    assert.ok(saved, `${firstSeedProblem} has progress after the reload`);
    assert.deepStrictEqual([saved.solved, saved.attemptsUsed, saved.lastAnswer], [true, 0, 'A']);

    await session.startMode('challenge');
    const shown = await pollUntil('the Challenge screen', () => {
      const state = api.challengePanelState() as { view: { kind: string; id?: string; status?: string } } | undefined;
      return state?.view.kind === 'question' ? state.view : undefined;
    });
    assert.strictEqual(shown.id === firstSeedProblem ? shown.status : 'solved', 'solved', 'the first problem shows as solved');
  });
});
