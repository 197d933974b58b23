// How the last test gets the workbench photographed while the extension is still running: once the
// suite returns, the extension host exits and VS Code drops the extension's diagnostics, so a screenshot
// taken after codeAutomationExit shows an editor without squiggles.
//   1. the harness tells the extension host where the screenshot goes (an environment variable, which the
//      extension host inherits from code-server);
//   2. the test logs the request line, which reaches the harness through codeAutomationLog;
//   3. the harness takes the screenshot; the test waits until the file is newer than its request.

export const screenshotPathVariable = 'LSL_VSCODE_SCREENSHOT';
export const screenshotRequestLine = 'lsl-vscode-harness: take the screenshot now';
