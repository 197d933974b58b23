// The challenge panel's page: a strict Content Security Policy (nothing by default; the stylesheet and images
// only from the extension's own resources; scripts only with this load's nonce, so no inline script and no
// injected one runs; no <base> and no form submission, which default-src does not cover), the stylesheet, the
// script, an empty #app the script fills, and the two live regions, present from the start because screen
// readers only announce changes to regions they already know.
// The extension's view provider and the webview tests both use it. No vscode import: the caller passes the
// webview's cspSource and the resource URIs as strings. The nonce is made here, fresh for every page, so no
// caller can reuse one (a nonce an attacker could learn would let an injected script run).
import { randomBytes } from 'crypto';

export interface PanelPage {
  /** `webview.cspSource`: the origin of the extension's resources in this webview. */
  readonly cspSource: string;
  /** dist/webview.js, as a webview URI. */
  readonly scriptUri: string;
  /** dist/panel.css, as a webview URI. */
  readonly styleUri: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** For attribute values: the page is written as text, so every value is escaped. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function panelHtml(page: PanelPage): string {
  const nonce = randomBytes(16).toString('base64');   // 128 random bits
  const csp = contentSecurityPolicy(page.cspSource, nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${attribute(csp)}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${attribute(page.styleUri)}">
  <title>Challenges</title>
</head>
<body>
  <div id="app"></div>
  <div id="announcer" class="sr-only" role="status" aria-live="polite" aria-atomic="true"></div>
  <div id="timer-announcer" class="sr-only" role="timer" aria-live="assertive" aria-atomic="true"></div>
  <script nonce="${attribute(nonce)}" src="${attribute(page.scriptUri)}"></script>
</body>
</html>`;
}
