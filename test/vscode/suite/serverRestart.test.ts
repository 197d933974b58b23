// When the language server dies (killed, out of memory, a crash), the client starts another and the user gets
// diagnostics and hovers back without doing anything.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { describeDiagnostics, diagnosticsWithCode } from './diagnostics';
import { openExample, positionOfWord } from './examples';
import { activateLabelSmoothingLab } from './extensionApi';
import { hoverText } from './hovers';
import { pollUntil } from './poll';

suite('crash recovery', () => {
  test('a killed language server is restarted, and diagnostics and hovers come back', async () => {
    const api = await activateLabelSmoothingLab();
    await api.serverReady;
    const editor = await openExample('out_of_range.py');
    const { document } = editor;
    await pollUntil('LS004 on out_of_range.py before the crash', () => (diagnosticsWithCode(document.uri, 'LS004').length >= 2 ? true : undefined),
      { lastSeen: () => describeDiagnostics(document.uri) });

    const killed = await api.serverProcessId();
    process.kill(killed, 'SIGKILL');
    const restarted = await pollUntil('a new language server process', async () => {
      const pid = await api.serverProcessId();
      return pid !== killed ? pid : undefined;
    });
    assert.notStrictEqual(restarted, killed);

    // The new server analyses what the user types next: ε = 1.5 becomes 2.5 on line 9.
    const line = document.lineAt(8);
    const at = line.text.indexOf('1.5');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(8, at, 8, at + 3), '2.5');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      await pollUntil('LS004 for the new value from the restarted server', () => {
        const found = diagnosticsWithCode(document.uri, 'LS004').find(d => d.message.startsWith('label_smoothing=2.5'));
        return found ? true : undefined;
      }, { lastSeen: () => describeDiagnostics(document.uri) });
      const hover = await pollUntil('a hover from the restarted server', async () => {
        const text = await hoverText(document.uri, positionOfWord(document, 15, 'label_smoothing'));
        return text.includes('1 − ε + ε/K') ? text : undefined;
      });
      assert.ok(hover.includes('1 − ε + ε/K'));
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.replace(document.uri, new vscode.Range(8, at, 8, at + 3), '1.5');
      await vscode.workspace.applyEdit(undo);
      await document.save();
    }
  });
});
