// A client that misbehaves (a bug, a race, a hostile extension) gets errors in the protocol or nothing, never a
// server that crashes or stops answering: unknown documents, positions and ranges that cannot be, missing
// parameters, requests after shutdown.
import * as assert from 'assert';
import {
  CodeActionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest, InlayHintRequest, ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { startServer, TestServer } from '../helpers/lspClient';

const uri = 'file:///workspace/misuse.py';
const buggy = 'import torch.nn as nn\ncriterion = nn.CrossEntropyLoss(label_smoothing=1.5)\n';

describe('language server under protocol misuse (dist/server.js)', function () {
  this.timeout(30000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  const change = (version: number, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string) =>
    server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });

  it('answers requests about documents it was never sent with nothing, and ignores their changes', async () => {
    server = await startServer();
    const nowhere = { uri: 'file:///nowhere.py' };
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { ...nowhere, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
    });
    assert.strictEqual(await server.connection.sendRequest(HoverRequest.type, { textDocument: nowhere, position: { line: 0, character: 0 } }), null);
    assert.deepStrictEqual(await server.connection.sendRequest(InlayHintRequest.type, { textDocument: nowhere, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } }), []);
    assert.deepStrictEqual(await server.connection.sendRequest(CodeActionRequest.type, { textDocument: nowhere, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text: buggy } });
    assert.strictEqual((await server.diagnostics(uri, d => d.length === 1))[0].code, 'LS004');
  });

  it('reads impossible ranges as the nearest possible ones and keeps analysing', async () => {
    server = await startServer();
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text: buggy } });
    await server.diagnostics(uri, d => d.length === 1);
    // An end before its start (an insertion at the start), negative numbers (0), a start past the end (the end).
    await change(2, { start: { line: 1, character: 10 }, end: { line: 0, character: 3 } }, '');
    await change(3, { start: { line: -4, character: -2 }, end: { line: -1, character: -9 } }, '# header\n');
    await change(4, { start: { line: 999, character: 5 }, end: { line: 1000, character: 0 } }, 'other = nn.CrossEntropyLoss(label_smoothing=2.0)\n');
    const diagnostics = await server.diagnostics(uri, d => d.length === 2);
    assert.deepStrictEqual(diagnostics.map(d => [d.code, d.range.start.line]), [['LS004', 2], ['LS004', 3]]);
    assert.ok(!server.log.some(message => /failed/.test(message)), server.log.join('\n'));
  });

  it('answers a request with missing parameters with an error, and the next one normally', async () => {
    server = await startServer();
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text: buggy } });
    await server.diagnostics(uri);
    const broken = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri } }).then(() => 'answered', () => 'error');
    assert.ok(['answered', 'error'].includes(broken));
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 40 } });
    assert.ok(hover, 'the server still answers');
  });

  it('refuses requests after shutdown with an error', async () => {
    server = await startServer();
    await server.connection.sendRequest(ShutdownRequest.type);
    await assert.rejects(server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }));
  });
});
