// The "Challenges" view in the Label Smoothing activity-bar container. For now it renders a short
// placeholder; the challenge panel fills it later. It already uses the strict Content Security Policy
// every webview of this extension must have: no remote resources, scripts only with a per-load nonce.
import * as vscode from 'vscode';
import { randomBytes } from 'crypto';

export class ChallengesViewProvider implements vscode.WebviewViewProvider {
  static readonly viewId = 'labelSmoothing.challenges';
  private resolved = false;

  constructor(private readonly extensionUri: vscode.Uri) {}

  get isResolved(): boolean {
    return this.resolved;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    view.webview.options = { enableScripts: true, localResourceRoots: [dist] };
    view.webview.html = renderHtml(view.webview, vscode.Uri.joinPath(dist, 'webview.js'));
    this.resolved = true;
  }
}

function renderHtml(webview: vscode.Webview, script: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Challenges</title>
</head>
<body>
  <main id="app"></main>
  <script nonce="${nonce}" src="${webview.asWebviewUri(script)}"></script>
</body>
</html>`;
}
