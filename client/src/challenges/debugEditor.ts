// Debug mode's editor: a fix-the-code challenge's buggy code.py as a real file, <globalStorage>/debug/<id>.py,
// created from the challenge the first time, so the learner's edits survive reloads (and the language server
// lints it like any Python file). A CodeLens on its first line checks it or resets it to the original.
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { Catalog } from './contract';

export const CHECK_DEBUG_COMMAND = 'labelSmoothing.checkDebugChallenge';
export const RESET_DEBUG_COMMAND = 'labelSmoothing.resetDebugChallenge';

/** Challenge ids are kebab-case (challenges/README.md); anything else never becomes a file name. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class DebugEditors implements vscode.CodeLensProvider {
  readonly folder: vscode.Uri;

  constructor(globalStorageUri: vscode.Uri, private readonly catalog: () => Promise<Catalog>) {
    this.folder = vscode.Uri.joinPath(globalStorageUri, 'debug');
  }

  /** Registers the CodeLens for the files of this folder. */
  register(): vscode.Disposable {
    return vscode.languages.registerCodeLensProvider({ pattern: new vscode.RelativePattern(this.folder, '*.py') }, this);
  }

  fileOf(challengeId: string): vscode.Uri {
    if (!ID.test(challengeId)) throw new Error(`not a challenge id: ${JSON.stringify(challengeId.slice(0, 80))}`);
    return vscode.Uri.joinPath(this.folder, `${challengeId}.py`);
  }

  /** The challenge whose Debug file this is, if it is one. */
  challengeOf(uri: vscode.Uri): string | undefined {
    const folder = this.folder.toString();
    const file = uri.toString();
    if (!file.startsWith(`${folder}/`)) return undefined;
    const id = /^([a-z0-9-]+)\.py$/.exec(file.slice(folder.length + 1))?.[1];
    return id && ID.test(id) ? id : undefined;
  }

  /** Opens the learner's file, creating it from the challenge's code the first time. */
  async open(challengeId: string): Promise<vscode.TextEditor> {
    const file = this.fileOf(challengeId);
    if (!(await exists(file))) await this.write(file, await this.originalCode(challengeId));
    return vscode.window.showTextDocument(file, { preview: false });
  }

  /** Puts the challenge's original code back: in the open editor (saved), or in the file. */
  async reset(challengeId: string): Promise<void> {
    const file = this.fileOf(challengeId);
    const code = await this.originalCode(challengeId);
    const document = this.openDocument(file);
    if (document) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(file, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), code);
      await vscode.workspace.applyEdit(edit);
      await document.save();
    } else {
      await this.write(file, code);
    }
  }

  /** The learner's code: the open editor's text (unsaved edits included), else the file's; undefined without either. */
  text(challengeId: string): string | undefined {
    const file = this.fileOf(challengeId);
    const document = this.openDocument(file);
    if (document) return document.getText();
    try {
      return fs.readFileSync(file.fsPath, 'utf8');
    } catch {
      return undefined;
    }
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const id = this.challengeOf(document.uri);
    if (!id) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    return [
      new vscode.CodeLens(top, { title: 'Check this challenge', command: CHECK_DEBUG_COMMAND, arguments: [id], tooltip: 'Grade your code on the hidden inputs (nothing is run)' }),
      new vscode.CodeLens(top, { title: 'Reset to the original', command: RESET_DEBUG_COMMAND, arguments: [id], tooltip: 'Replace your edits with the challenge\'s buggy code' }),
    ];
  }

  private openDocument(file: vscode.Uri): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find(document => document.uri.toString() === file.toString());
  }

  private async originalCode(challengeId: string): Promise<string> {
    const challenge = (await this.catalog()).challenges.find(c => c.id === challengeId);
    if (!challenge) throw new Error(`no challenge has the id "${challengeId}"`);
    if (challenge.type !== 'fix-the-code') throw new Error(`"${challengeId}" is not a fix-the-code challenge`);
    return challenge.code;
  }

  private async write(file: vscode.Uri, code: string): Promise<void> {
    await vscode.workspace.fs.createDirectory(this.folder);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(code));
  }
}

async function exists(file: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(file);
    return true;
  } catch {
    return false;
  }
}
