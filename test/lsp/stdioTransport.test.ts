// The --stdio transport writes each message, header and body, in one write: a client over a pipe wakes once per
// message instead of reading a header and waiting for the body.
import * as assert from 'assert';
import { Writable } from 'stream';
import { ResponseMessage, StreamMessageWriter } from 'vscode-languageserver/node';
import { OneWritePerMessage } from '../../server/src/lsp/stdioTransport';

/** A pipe's far end: every write it receives, as text. */
function recordingTarget(): { stream: Writable; writes: string[] } {
  const writes: string[] = [];
  const stream = new Writable({ write(chunk: Buffer, _encoding, done) { writes.push(chunk.toString('utf8')); done(); } });
  return { stream, writes };
}

describe('the --stdio transport', () => {
  it('writes each message, header and body, in one write', async () => {
    const target = recordingTarget();
    const writer = new StreamMessageWriter(new OneWritePerMessage(target.stream));
    const messages = [
      { jsonrpc: '2.0', id: 1, result: { kind: 'unchanged', resultId: '7' } },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'ε = 0.1 → ε/K' } },
    ];
    for (const message of messages) await writer.write(message);
    assert.strictEqual(target.writes.length, 2);
    target.writes.forEach((written, i) => {
      const [header, body] = written.split('\r\n\r\n');
      assert.strictEqual(header, `Content-Length: ${Buffer.byteLength(body, 'utf8')}`);
      assert.deepStrictEqual(JSON.parse(body), messages[i]);
    });
  });

  it('reports a failing pipe to the writer instead of losing the message silently', async () => {
    const broken = new Writable({ write(_chunk, _encoding, done) { done(new Error('EPIPE')); } });
    broken.on('error', () => undefined);
    const writer = new StreamMessageWriter(new OneWritePerMessage(broken));
    const errors: unknown[] = [];
    writer.onError(error => errors.push(error));
    const message: ResponseMessage = { jsonrpc: '2.0', id: 2, result: null };
    await writer.write(message).catch(() => undefined);
    assert.ok(errors.length > 0);
  });
});
