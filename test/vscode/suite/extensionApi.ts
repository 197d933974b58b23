// The extension under test, as the tests reach it: through VS Code's extension registry, like any caller.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LabelSmoothingLabApi } from '../../../client/src/extension';

export const extensionId = 'label-smoothing-lab.label-smoothing-lab';

export function labelSmoothingLab(): vscode.Extension<LabelSmoothingLabApi> {
  const extension = vscode.extensions.getExtension<LabelSmoothingLabApi>(extensionId);
  assert.ok(extension, `${extensionId} is not installed in the development host`);
  return extension;
}

/** Activates the extension (a no-op once active) and returns its API. */
export function activateLabelSmoothingLab(): Thenable<LabelSmoothingLabApi> {
  return labelSmoothingLab().activate();
}
