// Reading the extension's diagnostics as VS Code holds them.
import * as vscode from 'vscode';
import { withDeadline } from './poll';

/** The rule code, which arrives as { value, target } when the diagnostic links to the rule's docs. */
export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? code.value : code;
}

export function diagnosticsWithCode(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri)
    .filter(diagnostic => codeOf(diagnostic) === code)
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'no diagnostics';
  return all.map(d => `line ${d.range.start.line + 1} ${String(codeOf(d))}: ${d.message}`).join(' | ');
}

/**
 * Runs `open` and waits until diagnostics for `uri` have been published, an empty list included. Only then
 * does "no diagnostics" mean the server found nothing rather than that it has not looked yet. The file must
 * not be open already: opening it again sends the server nothing.
 */
export async function openAndAwaitDiagnostics(uri: vscode.Uri, open: () => Thenable<unknown>): Promise<void> {
  let subscription: vscode.Disposable | undefined;
  const published = new Promise<void>(resolve => {
    subscription = vscode.languages.onDidChangeDiagnostics(event => {
      if (event.uris.some(changed => changed.toString() === uri.toString())) resolve();
    });
  });
  try {
    await open();
    await withDeadline(published, `the language server to publish diagnostics for ${uri.path}`);
  } finally {
    subscription?.dispose();
  }
}
