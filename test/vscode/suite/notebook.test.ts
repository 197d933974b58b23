import * as assert from 'assert';
import * as vscode from 'vscode';
import { describeDiagnostics, diagnosticsWithCode } from './diagnostics';
import { exampleUri, positionOfWord } from './examples';
import { hoverText } from './hovers';
import { pollUntil } from './poll';

// VS Code's built-in ipynb extension (shipped with code-server too) reads .ipynb files as
// 'jupyter-notebook' documents, so no Jupyter extension is needed to open one.
async function openTrainingNotebook(): Promise<vscode.NotebookDocument> {
  const notebook = await vscode.workspace.openNotebookDocument(exampleUri('training.ipynb'));
  await vscode.window.showNotebookDocument(notebook);
  assert.strictEqual(notebook.notebookType, 'jupyter-notebook');
  return notebook;
}

/** Cells are numbered from 1 here, as in examples/README.md, markdown cells included. */
function codeCell(notebook: vscode.NotebookDocument, number: number): vscode.TextDocument {
  const cell = notebook.cellAt(number - 1);
  assert.strictEqual(cell.kind, vscode.NotebookCellKind.Code, `cell ${number} of training.ipynb is not a code cell`);
  assert.strictEqual(cell.document.languageId, 'python');
  return cell.document;
}

suite('notebook', () => {
  test('training.ipynb: label_smoothing=1.2 in the third cell is LS004', async () => {
    const cell = codeCell(await openTrainingNotebook(), 3);
    const found = await pollUntil('an LS004 diagnostic on the third cell of training.ipynb',
      () => {
        const ls004 = diagnosticsWithCode(cell.uri, 'LS004');
        return ls004.length > 0 ? ls004 : undefined;
      },
      { lastSeen: () => describeDiagnostics(cell.uri) });
    assert.strictEqual(found.length, 1, describeDiagnostics(cell.uri));
    assert.ok(cell.lineAt(found[0].range.start.line).text.includes('label_smoothing=1.2'), describeDiagnostics(cell.uri));
  });

  test('training.ipynb: the hover in the fourth cell uses K = 4 from the logits defined in the third', async () => {
    const cell = codeCell(await openTrainingNotebook(), 4);
    // `good = nn.CrossEntropyLoss(label_smoothing=0.1)`, later applied to logits of shape (3, 4):
    // the true class gets 1 − 0.1 + 0.1/4 = 0.925.
    const position = positionOfWord(cell, 1, 'label_smoothing');
    let last = '';
    await pollUntil('the hover to show the true-class target 0.925',
      async () => {
        last = await hoverText(cell.uri, position);
        return last.includes('0.925') ? last : undefined;
      },
      { lastSeen: () => JSON.stringify(last) });
  });
});
