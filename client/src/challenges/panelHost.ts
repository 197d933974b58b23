// The "Challenges" view: hosts the panel's webview and connects it to the session. The session (state, timers,
// progress) lives as long as the extension and keeps running while the view is hidden or not yet shown; the
// webview is only a view of it: it gets the latest state when it says `ready` and whenever it becomes visible
// again, every change while it is visible, and its messages go to the session (which validates them).
import * as vscode from 'vscode';
import type { PanelSessionApi } from './contract';
import { panelHtml } from './panelHtml';

export const CHALLENGES_VIEW_ID = 'labelSmoothing.challenges';

export class ChallengePanelHost implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private latest: unknown;
  private resolved = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    session: PanelSessionApi,
    /** The session once started; the first call starts it. */
    private readonly started: () => Promise<PanelSessionApi>,
    private readonly log: (message: string) => void,
  ) {
    this.subscriptions.push(session.onDidChange(state => {
      this.latest = state;
      if (this.view?.visible) this.post(state);
    }));
  }

  /** Whether VS Code has asked for the view (the integration tests wait for it). */
  get isResolved(): boolean {
    return this.resolved;
  }

  /** The state last posted by the session (for tests: what the webview shows). */
  get latestState(): unknown {
    return this.latest;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    view.webview.options = { enableScripts: true, localResourceRoots: [dist] };
    view.webview.html = panelHtml({
      cspSource: view.webview.cspSource,
      scriptUri: view.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: view.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'panel.css')).toString(),
    });
    const listeners = [
      view.webview.onDidReceiveMessage(message => this.received(message)),
      view.onDidChangeVisibility(() => { if (view.visible) this.postLatest(); }),
    ];
    view.onDidDispose(() => {
      for (const listener of listeners) listener.dispose();
      if (this.view === view) this.view = undefined;
    });
    this.resolved = true;
  }

  /** Shows the view without taking the focus from the editor (after a Debug check from a CodeLens). */
  async reveal(): Promise<void> {
    if (this.view) this.view.show(true);
    else await vscode.commands.executeCommand(`${CHALLENGES_VIEW_ID}.focus`);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private received(message: unknown): void {
    // The webview (re)loaded: it has nothing until it is sent the state.
    if (isReady(message)) this.postLatest();
    this.started().then(session => session.handle(message)).catch(error => this.log(`the panel could not handle a message: ${String(error)}`));
  }

  private postLatest(): void {
    if (this.latest !== undefined) this.post(this.latest);
  }

  private post(state: unknown): void {
    this.view?.webview.postMessage(state).then(undefined, error => this.log(`posting to the panel failed: ${String(error)}`));
  }
}

function isReady(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready';
}
