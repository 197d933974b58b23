import * as assert from 'assert';
import * as vscode from 'vscode';
import { describeDiagnostics, diagnosticsWithCode, openAndAwaitDiagnostics } from './diagnostics';
import { exampleUri, openExample } from './examples';
import { pollUntil } from './poll';

suite('LS004: label_smoothing outside [0, 1]', () => {
  test('out_of_range.py: both out-of-range values are errors on their own lines', async () => {
    const { document } = await openExample('out_of_range.py');
    const found = await pollUntil('two LS004 diagnostics on out_of_range.py',
      () => {
        const ls004 = diagnosticsWithCode(document.uri, 'LS004');
        return ls004.length >= 2 ? ls004 : undefined;
      },
      { lastSeen: () => describeDiagnostics(document.uri) });

    assert.deepStrictEqual(found.map(d => d.range.start.line + 1), [9, 12], describeDiagnostics(document.uri));
    for (const diagnostic of found) assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(found[0].message.startsWith('label_smoothing=1.5 is outside [0, 1]'), found[0].message);
    assert.ok(found[1].message.startsWith('label_smoothing=-0.1 is outside [0, 1]'), found[1].message);
  });

  for (const file of ['conventions.py', 'seed_smooth_labels.py', 'seed_label_smooth.py']) {
    test(`${file}: correct label smoothing gets no LS004`, async () => {
      const uri = exampleUri(file);
      await openAndAwaitDiagnostics(uri, () => openExample(file));
      assert.deepStrictEqual(diagnosticsWithCode(uri, 'LS004'), [], describeDiagnostics(uri));
    });
  }
});
