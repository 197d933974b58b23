// The webview's one way to the extension host: VS Code's postMessage, typed with the protocol's messages.
import type { WebviewMessage } from '../src/challenges/protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
}

// Provided by VS Code inside a webview (and by the test harness's fake host); callable only once per page.
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

export function send(message: WebviewMessage): void {
  vscode.postMessage(message);
}
