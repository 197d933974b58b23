// Runs last (see index.ts) and has the harness photograph the workbench the way the README shows it:
// out_of_range.py with its squiggles, the Problems panel listing them, and the hover on the correct call.
import * as fs from 'fs';
import * as vscode from 'vscode';
import { screenshotPathVariable, screenshotRequestLine } from '../harnessRequests';
import { describeDiagnostics, diagnosticsWithCode } from './diagnostics';
import { openExample, positionOfWord } from './examples';
import { pollUntil } from './poll';

suite('workbench scene for the screenshot', () => {
  test('out_of_range.py open with its problems and the hover on label_smoothing=0.1', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');   // the Chat view: room for the code
    await vscode.commands.executeCommand('workbench.view.explorer');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const editor = await openExample('out_of_range.py');   // takes the focus back from the panel
    await pollUntil('the squiggles on out_of_range.py',
      () => (diagnosticsWithCode(editor.document.uri, 'LS004').length >= 2 ? true : undefined),
      { lastSeen: () => describeDiagnostics(editor.document.uri) });

    // The hover opens below line 15, with the imports scrolled away to make room, so that it hides
    // neither squiggle (the profile is the run's own, so the setting goes with it).
    await vscode.workspace.getConfiguration('editor').update('hover.above', false, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('editorScroll', { to: 'down', by: 'line', value: 4 });
    const position = positionOfWord(editor.document, 15, 'label_smoothing');
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.showHover');
    await takeScreenshot();
  });
});

/** Outside the harness (no screenshot path given) there is nobody to ask, and nothing to wait for. */
async function takeScreenshot(): Promise<void> {
  const file = process.env[screenshotPathVariable];
  if (!file) return;
  const requestedAt = Date.now();
  console.log(screenshotRequestLine);
  await pollUntil(`the harness to write ${file}`, () => {
    const modified = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    return modified !== undefined && modified >= requestedAt ? true : undefined;
  });
}
