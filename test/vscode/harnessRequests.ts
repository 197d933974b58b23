// Requests a test makes of the harness, which drives the browser the workbench runs in. A test logs a request
// line; it reaches the harness through codeAutomationLog; the harness acts on the page.
//
// The screenshot: once the suite returns, the extension host exits and VS Code drops the extension's
// diagnostics, so a screenshot taken after codeAutomationExit shows an editor without squiggles. So:
//   1. the harness tells the extension host where the screenshot goes (an environment variable, which the
//      extension host inherits from code-server);
//   2. the test logs the request line;
//   3. the harness takes the screenshot; the test waits until the file is newer than its request.
//
// Clicks in the challenge panel: the webview's page lives in nested iframes that the extension host cannot
// reach, so a test that answers through the panel as a user would logs the CSS selectors to click there, in
// order; it then waits for the effect (the session's progress), which is the only acknowledgement.

export const screenshotPathVariable = 'LSL_VSCODE_SCREENSHOT';
export const screenshotRequestLine = 'lsl-vscode-harness: take the screenshot now';
export const panelClickPrefix = 'lsl-vscode-harness: click in the challenges panel: ';

export function panelClickLine(selectors: readonly string[]): string {
  return `${panelClickPrefix}${JSON.stringify(selectors)}`;
}

export function parsePanelClickLine(line: string): string[] | undefined {
  if (!line.startsWith(panelClickPrefix)) return undefined;
  try {
    const selectors: unknown = JSON.parse(line.slice(panelClickPrefix.length));
    return Array.isArray(selectors) && selectors.every(s => typeof s === 'string') ? selectors : undefined;
  } catch {
    return undefined;
  }
}
