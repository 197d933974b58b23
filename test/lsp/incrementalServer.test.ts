// The server on a large file, as a user typing in it sees it: each version of a burst of edits is analysed at
// most once, in order, ending with the text the burst ends with, and a large file's first analysis does not
// keep hovers waiting.
import * as assert from 'assert';
import {
  DiagnosticServerCancellationData, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest, HoverRequest,
  InlayHintRequest, LSPErrorCodes, MarkupContent, ResponseError,
} from 'vscode-languageserver-protocol/node';
import { startServer, TestServer } from '../helpers/lspClient';
import { trainingModule } from '../../bench/trainingModule';

const uri = 'file:///workspace/large_training_module.py';

describe('language server on a large file (dist/server.js)', function () {
  this.timeout(60000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  it('publishes a burst of 20 edits at most once per version, in order, ending with the last text', async () => {
    server = await startServer();
    const text = trainingModule(600);
    const lines = text.split('\n');
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text } });
    const before = await server.diagnostics(uri, undefined, 30000);
    assert.deepStrictEqual(server.publishedVersions(uri), [1]);
    const target = lines.findIndex(line => line.includes('label_smoothing=0.05'));
    const column = lines[target].indexOf('0.05');
    // Nineteen trailing spaces through the file, then a bad ε: all sent before the server can answer any.
    const sends = Array.from({ length: 19 }, (_, i) => {
      const line = 10 + i * 25;
      return server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: i + 2 },
        contentChanges: [{ range: { start: { line, character: lines[line].length }, end: { line, character: lines[line].length } }, text: ' ' }],
      });
    });
    sends.push(server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 21 },
      contentChanges: [{ range: { start: { line: target, character: column }, end: { line: target, character: column + 4 } }, text: '1.50' }],
    }));
    await Promise.all(sends);
    const after = await server.diagnostics(uri, d => d.some(diagnostic => diagnostic.code === 'LS004'), 30000);
    assert.strictEqual(after.length, before.length + 1, 'one new finding: the bad ε');
    assert.deepStrictEqual(after.find(d => d.code === 'LS004')!.range.start, { line: target, character: column });
    const versions = server.publishedVersions(uri);
    assert.strictEqual(versions[versions.length - 1], 21);
    assert.ok(versions.every((version, i) => i === 0 || version! > versions[i - 1]!), `versions in order, none twice: ${versions}`);
  });

  it('stops a pulled analysis that a newer edit supersedes, and tells the client to pull again', async () => {
    server = await startServer({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    const text = trainingModule(3000);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text } });
    // The first analysis of 3,000 lines takes many steps; an edit comes in during the first of them.
    const first = server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    const line = text.split('\n').length - 1;
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type,
      { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '# end\n' }] });
    await assert.rejects(first, (error: ResponseError<DiagnosticServerCancellationData>) =>
      error.code === LSPErrorCodes.ServerCancelled && error.data?.retriggerRequest === true);
    const report = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    assert.ok(report.kind === 'full' && report.items.length > 0, 'the pull for the edited text reports its findings');
  });

  it('answers a hover while a large file is first analysed', async () => {
    server = await startServer();
    const text = trainingModule(3000);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text } });
    const lines = text.split('\n');
    const line = lines.findIndex(l => l.includes('label_smoothing=0.1'));
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: lines[line].indexOf('0.1') } });
    assert.deepStrictEqual(server.publishedVersions(uri), [], 'the hover came back before the diagnostics');
    // The class count is cited with its line in the file (the slice the hover ran in has lines of its own).
    const logits = lines.findIndex((l, n) => n > line && l.startsWith('logits_'));
    assert.match((hover!.contents as MarkupContent).value, new RegExp(`Label smoothing ε = 0\\.1.*\\(line ${logits + 1}\\)`, 's'));
    assert.ok((await server.diagnostics(uri, undefined, 60000)).length > 0);
  });

  it('says why a file over the size limit is not analysed, and analyses it again once it is back under', async () => {
    server = await startServer();
    const huge = 'x = 1\n'.repeat(200_000);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text: huge } });
    const [notice, ...rest] = await server.diagnostics(uri, undefined, 30000);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(notice.severity, 3);
    assert.match(String(notice.message), /^Label Smoothing Lab: not analysed: the file has 1,200,000 characters, over the limit of 1,000,000\.$/);
    assert.strictEqual(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 }, contentChanges: [{ text: 'import torch.nn as nn\ncriterion = nn.CrossEntropyLoss(label_smoothing=1.5)\n' }],
    });
    const [finding] = await server.diagnostics(uri, d => d.length === 1 && d[0].code === 'LS004', 30000);
    assert.deepStrictEqual(finding.range.start, { line: 1, character: 48 });
  });

  it('answers inlay hints for a whole file with more slices than it keeps parsed at once', async () => {
    server = await startServer();
    const text = trainingModule(3500);
    const lines = text.split('\n');
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text } });
    await server.diagnostics(uri, undefined, 60000);
    const hints = await server.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } });
    // Every `targets_N = uniform_targets_M(labels_N)` holds smoothed targets: each gets its hint, on its line.
    const targetLines = lines.flatMap((line, n) => (line.startsWith('targets_') ? [n] : []));
    assert.ok(targetLines.length > 50);
    assert.deepStrictEqual(hints!.map(hint => hint.position.line), targetLines);
    assert.ok(!server.log.some(message => /failed/.test(message)), server.log.join('\n'));
  });
});
