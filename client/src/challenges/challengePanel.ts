// Wires the challenge panel together for one activation of the extension: the services over the language
// server, the progress in globalState, the Debug editors, ONE session, the view that shows it and the commands.
// The session is created here but started on first use (the view shown, a command), so activating the
// extension for a Python file costs nothing; started once, it keeps running while the view is hidden.
import * as vscode from 'vscode';
import type { Clock, PanelSessionApi } from './contract';
import { registerChallengeCommands } from './commands';
import { DebugEditors } from './debugEditor';
import { ChallengePanelHost, CHALLENGES_VIEW_ID } from './panelHost';
import { GlobalStateProgressStorage } from './progressStore';
import { RequestSender, createChallengeServices } from './services';
import { createPanelSession } from './session';

/** Real time for the session's countdowns (the tests give it a fake one). */
export const realClock: Clock = {
  now: () => Date.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    return { dispose: () => clearInterval(timer) };
  },
};

export interface ChallengePanel {
  readonly host: ChallengePanelHost;
  readonly storage: GlobalStateProgressStorage;
  readonly debugEditors: DebugEditors;
  /** The session, started (once) before it is handed out. */
  session(): Promise<PanelSessionApi>;
}

export function activateChallengePanel(context: vscode.ExtensionContext, client: RequestSender, serverReady: Promise<void>): ChallengePanel {
  const output = vscode.window.createOutputChannel('Label Smoothing Lab: Challenges', { log: true });
  const log = (message: string) => output.warn(message);
  // The Debug editors take a challenge's code from the catalog, which the services fetch (on first need).
  const debugEditors = new DebugEditors(context.globalStorageUri, () => services.catalog());
  const services = createChallengeServices(client, serverReady, debugEditors);
  const storage = new GlobalStateProgressStorage(context.globalState);
  const session = createPanelSession({ services, storage, clock: realClock, log });

  let started: Promise<PanelSessionApi> | undefined;
  const startedSession = () => {
    started ??= session.start().then(() => session, error => {
      log(`the challenge session did not start: ${String(error)}`);
      return session;
    });
    return started;
  };

  // Messages and commands wait for the start: the session must load the catalog and progress first.
  const host = new ChallengePanelHost(context.extensionUri, session, startedSession, log);
  context.subscriptions.push(
    output,
    host,
    { dispose: () => session.dispose() },
    vscode.window.registerWebviewViewProvider(CHALLENGES_VIEW_ID, host),
    debugEditors.register(),
    ...registerChallengeCommands({ session: startedSession, storage, debugEditors, panel: host, log }),
  );
  return { host, storage, debugEditors, session: startedSession };
}
