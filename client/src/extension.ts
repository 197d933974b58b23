// The extension's entry point. It starts the language server (which does all analysis) and registers the
// challenge panel. Activation must stay cheap: the server starts in the background, never awaited here.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient';
import { ChallengesViewProvider } from './challengesView';

/** What activate() returns: lets integration tests wait for the server without sleeping. */
export interface LabelSmoothingLabApi {
  /** Resolves once the language server has answered `initialize`. */
  readonly serverReady: Promise<void>;
  /** Whether VS Code has asked us to render the challenge panel. */
  readonly challengesViewResolved: () => boolean;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): LabelSmoothingLabApi {
  client = createLanguageClient(context);
  const serverReady = client.start();
  serverReady.catch(error => {
    void vscode.window.showErrorMessage(`Label Smoothing Lab: the language server did not start (${String(error)}).`);
  });

  const challenges = new ChallengesViewProvider(context.extensionUri);
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(ChallengesViewProvider.viewId, challenges),
  );

  return { serverReady, challengesViewResolved: () => challenges.isResolved };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
