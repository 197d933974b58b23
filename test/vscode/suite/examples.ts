// The files of examples/, the folder the harness opens as the workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';

export function exampleUri(file: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open (the harness should open examples/)');
  return vscode.Uri.joinPath(folder.uri, file);
}

/** Opens the file in an editor, as a user would: that also makes VS Code send it to the language server. */
export async function openExample(file: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(exampleUri(file));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** A position inside the first occurrence of `word` on the 1-based `line`, as a user's mouse would be. */
export function positionOfWord(document: vscode.TextDocument, line: number, word: string): vscode.Position {
  const text = document.lineAt(line - 1).text;
  const column = text.indexOf(word);
  assert.ok(column >= 0, `${word} is not on line ${line} of ${document.uri.path}: ${JSON.stringify(text)}`);
  return new vscode.Position(line - 1, column + 1);
}
