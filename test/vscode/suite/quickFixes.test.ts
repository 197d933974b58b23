import * as assert from 'assert';
import * as vscode from 'vscode';
import { pollUntil } from './poll';
import { codeOf } from './diagnostics';

const text = 'import torch\nimport torch.nn.functional as F\nlogits = torch.tensor([[1.0, 2.0]])\nlp = torch.log(F.softmax(logits, dim=-1))\n';

const mixedConventions = 'import torch\nimport torch.nn.functional as F\nK, eps = 4, 0.1\n' +
  'targets = F.one_hot(torch.tensor([0, 2, 3]), num_classes=K).float() * (1 - eps) + eps / (K - 1)\n';

async function openUntitled(content = text): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'python', content });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

async function ls017(document: vscode.TextDocument): Promise<vscode.Diagnostic> {
  return pollUntil('LS017 on the untitled document', async () =>
    vscode.languages.getDiagnostics(document.uri).find(d => codeOf(d) === 'LS017'));
}

async function actionTitled(document: vscode.TextDocument, range: vscode.Range, title: string): Promise<vscode.CodeAction> {
  return pollUntil(`the code action "${title}"`, async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
    return (actions ?? []).find(action => action.title === title);
  });
}

suite('quick fixes and suppressions', () => {
  test('the LS017 quick fix rewrites log(softmax(x)) as log_softmax(x)', async () => {
    const document = await openUntitled();
    const diagnostic = await ls017(document);
    const fix = await actionTitled(document, diagnostic.range, 'Use F.log_softmax(…)');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.strictEqual(document.lineAt(3).text, 'lp = F.log_softmax(logits, dim=-1)');
    await pollUntil('LS017 to go away after the fix', async () =>
      (vscode.languages.getDiagnostics(document.uri).some(d => codeOf(d) === 'LS017') ? undefined : true));
  });

  test('LS001\'s unsafe fix is offered, not preferred, and changing the divisor makes the rows sum to 1', async () => {
    const document = await openUntitled(mixedConventions);
    const diagnostic = await pollUntil('LS001 on the mixed conventions', async () =>
      vscode.languages.getDiagnostics(document.uri).find(d => codeOf(d) === 'LS001'));
    assert.match(diagnostic.message, /from `eps \/ \(K - 1\)` = ε\/\(K−1\)/);
    const fix = await actionTitled(document, diagnostic.range, 'Divide by K (uniform ε/K): `eps / (K - 1)` → `eps / K` (unsafe: changes what the code computes)');
    assert.ok(!fix.isPreferred, 'an unsafe fix is never the preferred one');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(document.lineAt(3).text, /\* \(1 - eps\) \+ eps \/ K$/);
    await pollUntil('LS001 to go away after the fix', async () =>
      (vscode.languages.getDiagnostics(document.uri).some(d => codeOf(d) === 'LS001') ? undefined : true));
  });

  test('"Disable LS017 for this line" adds # noqa: LS017 and the finding goes away', async () => {
    const document = await openUntitled();
    const diagnostic = await ls017(document);
    const disable = await actionTitled(document, diagnostic.range, 'Disable LS017 for this line');
    assert.ok(await vscode.workspace.applyEdit(disable.edit!));
    assert.strictEqual(document.lineAt(3).text, 'lp = torch.log(F.softmax(logits, dim=-1))  # noqa: LS017');
    await pollUntil('LS017 to be silenced', async () =>
      (vscode.languages.getDiagnostics(document.uri).some(d => codeOf(d) === 'LS017') ? undefined : true));
  });
});
