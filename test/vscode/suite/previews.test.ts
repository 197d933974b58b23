import * as assert from 'assert';
import * as vscode from 'vscode';
import { openExample, positionOfWord } from './examples';
import { hoverText } from './hovers';
import { pollUntil } from './poll';

// What PyTorch prints for the seed's "Predict Output" snippet (shared/LABEL-SMOOTHING.md, checked with real PyTorch).
const SEED_FIRST_ROW = 'tensor([[0.9250, 0.0250, 0.0250, 0.0250],';

suite('previews', () => {
  test('hovering smoothed targets shows the tensor as PyTorch prints it, and the convention', async () => {
    const { document } = await openExample('seed_smooth_labels.py');
    // Line 11: `smoothed = smooth_labels(labels)`.
    const position = positionOfWord(document, 11, 'smoothed');
    let last = '';
    const text = await pollUntil('the hover to show the smoothed targets',
      async () => {
        last = await hoverText(document.uri, position);
        return last.includes(SEED_FIRST_ROW) ? last : undefined;
      },
      { lastSeen: () => JSON.stringify(last) });
    assert.match(text, /uniform ε\/K, ε = 0\.1: the same as `CrossEntropyLoss\(label_smoothing=0\.1\)`/);
  });

  test('an inlay hint after the assignment shows the first row and its sum', async () => {
    const { document } = await openExample('seed_smooth_labels.py');
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    const hint = await pollUntil('the inlay hint after `smoothed = …`', async () => {
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
      return (hints ?? []).find(h => h.position.line === 10);
    });
    const label = typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join('');
    assert.strictEqual(label, '▸ [0.9250, 0.0250, 0.0250, 0.0250] Σ 1.0000');
  });
});
