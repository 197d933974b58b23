// The server fuzzed through the protocol: random edits (broken code, pastes, whole replacements, positions past
// the end) sent as fast as a client can, a hover after each. Every hover must come back within its deadline,
// and the diagnostics for the last version must be what a fresh analysis of the final text gives.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Diagnostic, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest } from 'vscode-languageserver-protocol/node';
import { IncrementalFile } from '../../server/src/incremental/incrementalFile';
import { LineIndex } from '../../server/src/parsing/lineIndex';
import { trainingModule } from '../../bench/trainingModule';
import { randomChange } from '../fuzz/editSequences';
import { applyTextChange } from '../../server/src/parsing/textChange';
import { Random } from '../fuzz/random';
import { startServer, TestServer } from '../helpers/lspClient';
import { repositoryRoot, testParser } from '../helpers/parser';

/** A hover may take this long on a busy 2-core machine; the server's own work per hover is a few milliseconds. */
const HOVER_DEADLINE_MS = 2000;
const EDITS = 60;

const starts: [string, string][] = [
  ['examples/conventions.py', fs.readFileSync(path.join(repositoryRoot, 'examples', 'conventions.py'), 'utf8')],
  ['examples/mixed_conventions.py', fs.readFileSync(path.join(repositoryRoot, 'examples', 'mixed_conventions.py'), 'utf8')],
  ['a generated 300-line module', trainingModule(300)],
];

describe('language server under random edits (dist/server.js)', function () {
  this.timeout(120000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  starts.forEach(([name, original], index) => {
    it(`${name}: ${EDITS} random edits, each followed by a hover answered in time; the last diagnostics are a fresh analysis's`, async () => {
      server = await startServer();
      const uri = `file:///workspace/fuzzed_${index}.py`;
      const rng = new Random(1000 + index);
      let text = original;
      await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text } });
      let version = 1;
      for (let step = 0; step < EDITS; step++) {
        const change = randomChange(rng, text, original);
        text = applyTextChange(text, change);
        void server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [change] });
        const position = new LineIndex(text).positionAt(rng.int(text.length + 1));
        const started = Date.now();
        await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
        const took = Date.now() - started;
        assert.ok(took < HOVER_DEADLINE_MS, `step ${step}: the hover took ${took} ms`);
      }
      const final = version;
      // The reference: a fresh analysis, re-run while a busy machine cuts its evaluations short.
      const fresh = new IncrementalFile(await testParser(), text);
      let reference = fresh.lint()!;
      for (let tries = 0; fresh.provisional && tries < 10; tries++) reference = fresh.lint()!;
      const expected = reference.findings.map(f => `${f.range.start.line}:${f.range.start.character} ${f.code} ${f.message}`);
      const describe = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${d.message}`);
      // The server's findings for the last version (a provisional publication is followed by the finished one).
      let last: string[] = [];
      await server.diagnostics(uri, diagnostics => {
        last = describe(diagnostics);
        return server.publishedVersions(uri).at(-1) === final && JSON.stringify(last) === JSON.stringify(expected);
      }, 60000).catch(() => undefined);
      assert.deepStrictEqual(last, expected);
      assert.ok(!server.log.some(message => /failed/.test(message)), server.log.join('\n'));
    });
  });
});
