// The extension's entry point. It starts the language server (which does all analysis) and sets up the
// challenge panel. Activation must stay cheap: the server starts in the background, never awaited here, and
// the panel's session starts only when the view is shown or a command needs it.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient';
import { activateChallengePanel } from './challenges/challengePanel';
import type { PanelSessionApi } from './challenges/contract';
import type { ProgressBackup } from './challenges/progressStore';

/** What activate() returns: lets integration tests wait for the server and reach the panel without sleeping. */
export interface LabelSmoothingLabApi {
  /** Resolves once the language server has answered `initialize`. */
  readonly serverReady: Promise<void>;
  /** Whether VS Code has asked us to render the challenge panel. */
  readonly challengesViewResolved: () => boolean;
  /** The panel's one session, started (the first call starts it). */
  readonly challengeSession: () => Promise<PanelSessionApi>;
  /** The PanelState the session last posted (what the webview shows, once it is visible). */
  readonly challengePanelState: () => unknown;
  /** Where a Debug challenge's file lives (<globalStorage>/debug/<id>.py). */
  readonly debugChallengeFile: (challengeId: string) => vscode.Uri;
  /** The progress backups kept before migrations, resets and imports, oldest first. */
  readonly progressBackups: () => readonly ProgressBackup[];
  /** How long activate() took, in milliseconds (the benchmark's activation figure). */
  readonly activationMs: number;
  /** The language server's process id (the crash-recovery test ends that process). */
  readonly serverProcessId: () => Promise<number>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): LabelSmoothingLabApi {
  const activationStarted = performance.now();
  client = createLanguageClient(context);
  const serverReady = client.start();
  serverReady.catch(error => {
    void vscode.window.showErrorMessage(`Label Smoothing Lab: the language server did not start (${String(error)}).`);
  });

  const panel = activateChallengePanel(context, client, serverReady);

  return {
    serverReady,
    challengesViewResolved: () => panel.host.isResolved,
    challengeSession: () => panel.session(),
    challengePanelState: () => panel.host.latestState,
    debugChallengeFile: challengeId => panel.debugEditors.fileOf(challengeId),
    progressBackups: () => panel.storage.backups(),
    activationMs: performance.now() - activationStarted,
    serverProcessId: () => client!.sendRequest<number>('labelSmoothing/serverProcessId'),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
