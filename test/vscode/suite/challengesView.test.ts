import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateLabelSmoothingLab, labelSmoothingLab } from './extensionApi';
import { pollUntil } from './poll';

interface Contributes {
  viewsContainers?: { activitybar?: { id: string; title: string }[] };
  views?: Record<string, { id: string; type?: string; name: string }[]>;
}

suite('Label Smoothing view container', () => {
  test('package.json contributes the container to the activity bar, with the Challenges webview in it', () => {
    const contributes = labelSmoothingLab().packageJSON.contributes as Contributes;
    const container = contributes.viewsContainers?.activitybar?.find(c => c.id === 'labelSmoothing');
    assert.strictEqual(container?.title, 'Label Smoothing');
    const view = contributes.views?.labelSmoothing?.find(v => v.id === 'labelSmoothing.challenges');
    assert.strictEqual(view?.type, 'webview');
  });

  test('opening the container renders the Challenges view', async () => {
    const api = await activateLabelSmoothingLab();
    // The command exists only if VS Code registered the container from package.json.
    await vscode.commands.executeCommand('workbench.view.extension.labelSmoothing');
    await pollUntil('VS Code to resolve the labelSmoothing.challenges webview view',
      () => (api.challengesViewResolved() ? true : undefined));
  });
});
