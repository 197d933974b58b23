// The challenge panel's host side in a real VS Code: the commands, a Debug challenge's file with its CodeLenses
// (checked on the editor's unsaved text, reset to the original), and progress exported and imported through
// the commands with a backup kept. The panel's own screens are the session's and the webview's tests' business.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateLabelSmoothingLab, labelSmoothingLab } from './extensionApi';
import { pollUntil, withDeadline } from './poll';

const COMMANDS = [
  'labelSmoothing.openChallenges', 'labelSmoothing.startMode', 'labelSmoothing.continueChallenges', 'labelSmoothing.resetProgress',
  'labelSmoothing.exportProgress', 'labelSmoothing.importProgress', 'labelSmoothing.checkDebugChallenge', 'labelSmoothing.resetDebugChallenge',
];

/** A fix-the-code challenge as shipped: its buggy code and its solution. */
const debugChallenge = 'fix-padding-rows';
const shippedFile = (file: string) => fs.readFileSync(path.join(labelSmoothingLab().extensionPath, 'challenges', debugChallenge, file), 'utf8');

suite('challenge panel host', () => {
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('contributes every panel command under "Label Smoothing" and registers it', async () => {
    await activateLabelSmoothingLab();
    const contributed = (labelSmoothingLab().packageJSON.contributes.commands as { command: string; category: string }[]);
    assert.deepStrictEqual(contributed.filter(c => c.category === 'Label Smoothing').map(c => c.command).sort(), [...COMMANDS].sort());
    const registered = await vscode.commands.getCommands(true);
    assert.deepStrictEqual(COMMANDS.filter(id => !registered.includes(id)), []);
  });

  test('a Debug challenge opens as a file with CodeLenses, is checked on the editor\'s text, and resets', async () => {
    const api = await activateLabelSmoothingLab();
    await withDeadline(api.serverReady, 'the language server to answer initialize');
    const session = await api.challengeSession();
    const file = api.debugChallengeFile(debugChallenge);

    await session.handle({ type: 'open-editor', challengeId: debugChallenge });
    const editor = await pollUntil('the Debug file in the active editor', () =>
      (vscode.window.activeTextEditor?.document.uri.toString() === file.toString() ? vscode.window.activeTextEditor : undefined));
    assert.strictEqual(editor.document.getText(), shippedFile('code.py'));

    const lenses = await pollUntil('the Debug file\'s CodeLenses', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', file);
      return found?.length ? found : undefined;
    });
    assert.deepStrictEqual(lenses.map(lens => [lens.range.start.line, lens.command?.title, lens.command?.command, lens.command?.arguments]), [
      [0, 'Check this challenge', 'labelSmoothing.checkDebugChallenge', [debugChallenge]],
      [0, 'Reset to the original', 'labelSmoothing.resetDebugChallenge', [debugChallenge]],
    ]);

    await vscode.commands.executeCommand('labelSmoothing.checkDebugChallenge', debugChallenge);
    assert.strictEqual(session.progress.challenges[debugChallenge]?.solved, false, 'the buggy code does not pass');

    // The fix is typed, not saved: the check grades what the editor shows.
    assert.ok(await editor.edit(edit => edit.replace(new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(editor.document.getText().length)), shippedFile('solution.py'))));
    assert.ok(editor.document.isDirty);
    await vscode.commands.executeCommand('labelSmoothing.checkDebugChallenge', debugChallenge);
    assert.strictEqual(session.progress.challenges[debugChallenge]?.solved, true, 'the fixed code passes');
    // The panel follows: the session's latest state, which the view posts to the webview, is the Debug screen.
    assert.strictEqual((api.challengePanelState() as { screen?: string } | undefined)?.screen, 'debug');

    await vscode.commands.executeCommand('labelSmoothing.resetDebugChallenge', debugChallenge);
    assert.strictEqual(editor.document.getText(), shippedFile('code.py'));
    assert.strictEqual(fs.readFileSync(file.fsPath, 'utf8'), shippedFile('code.py'));
  });

  test('progress exported and imported through the commands, with a backup of what it replaces', async () => {
    const api = await activateLabelSmoothingLab();
    const session = await api.challengeSession();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'progress-'));
    const exported = vscode.Uri.file(path.join(folder, 'progress.json'));
    await vscode.commands.executeCommand('labelSmoothing.exportProgress', exported);
    const written = JSON.parse(fs.readFileSync(exported.fsPath, 'utf8'));
    assert.deepStrictEqual(written, JSON.parse(JSON.stringify(session.progress)));

    const changed = { ...written, badges: { ...written.badges, mastery: 1_700_000_000_000 } };
    const imported = vscode.Uri.file(path.join(folder, 'changed.json'));
    fs.writeFileSync(imported.fsPath, JSON.stringify(changed));
    const backupsBefore = api.progressBackups().length;
    await vscode.commands.executeCommand('labelSmoothing.importProgress', imported);
    assert.strictEqual(session.progress.badges.mastery, 1_700_000_000_000);
    const backups = api.progressBackups();
    assert.strictEqual(backups.at(-1)?.reason, 'import');
    assert.ok(backups.length === Math.min(backupsBefore + 1, 5));

    // A file that is not progress changes nothing (the command shows an error message instead).
    const broken = vscode.Uri.file(path.join(folder, 'broken.json'));
    fs.writeFileSync(broken.fsPath, '{"challenges": "<script>alert(1)</script>"');
    await vscode.commands.executeCommand('labelSmoothing.importProgress', broken);
    assert.strictEqual(session.progress.badges.mastery, 1_700_000_000_000);
    assert.strictEqual(api.progressBackups().length, backups.length);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
