import * as assert from 'assert';
import * as fs from 'fs';
import { fileURLToPath, pathToFileURL } from 'url';
import * as os from 'os';
import {
  CodeAction, CodeActionRequest, ConfigurationRequest, Diagnostic, DiagnosticRefreshRequest, DidChangeConfigurationNotification,
  DidChangeNotebookDocumentNotification, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification,
  DidOpenNotebookDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest, ExitNotification, FileChangeType, HoverRequest,
  InlayHintRequest, MarkupContent, NotebookCellKind, ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { startServer, TestServer } from '../helpers/lspClient';
import * as path from 'path';
import { repositoryRoot } from '../helpers/parser';
import { MAX_NOTEBOOK_CELLS } from '../../server/src/analysis/analysisLimits';

const buggy = 'import torch\nimport torch.nn as nn\nlogits = torch.randn(3, 4)\ncriterion = nn.CrossEntropyLoss(label_smoothing=1.5)\nloss = criterion(logits, labels)\n';
const fileUri = 'file:///workspace/train.py';

function open(server: TestServer, uri: string, text: string, version = 1) {
  return server.connection.sendNotification(DidOpenTextDocumentNotification.type,
    { textDocument: { uri, languageId: 'python', version, text } });
}

function replace(server: TestServer, uri: string, version: number, line: number, from: number, to: number, text: string) {
  return server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character: from }, end: { line, character: to } }, text }],
  });
}

describe('language server over stdio (dist/server.js)', function () {
  this.timeout(20000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  it('declares incremental sync, hovers, notebook sync, and push diagnostics for a client without pull', async () => {
    server = await startServer();
    const fresh = server.initializeResult;
    assert.deepStrictEqual(fresh.capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.strictEqual(fresh.capabilities.hoverProvider, true);
    assert.strictEqual(fresh.capabilities.inlayHintProvider, true);
    assert.deepStrictEqual(fresh.capabilities.notebookDocumentSync,
      { notebookSelector: [{ notebook: { notebookType: 'jupyter-notebook' }, cells: [{ language: 'python' }] }] });
    assert.strictEqual(fresh.capabilities.diagnosticProvider, undefined);
  });

  it('publishes LS004 on open, with code, source and a docs link that exists', async () => {
    server = await startServer();
    await open(server, fileUri, buggy);
    const [diagnostic, ...rest] = await server.diagnostics(fileUri);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(diagnostic.code, 'LS004');
    assert.strictEqual(diagnostic.severity, 1);
    assert.strictEqual(diagnostic.source, 'Label Smoothing Lab');
    assert.deepStrictEqual(diagnostic.range, { start: { line: 3, character: 48 }, end: { line: 3, character: 51 } });
    const docs = diagnostic.codeDescription!.href;
    assert.match(docs, /\/docs\/rules\/label-smoothing-out-of-range\.md$/);
    assert.ok(fs.existsSync(fileURLToPath(docs)), `${docs} exists`);
  });

  it('follows incremental edits: fixing the value clears the error, a new bad value brings it back where it now is', async () => {
    server = await startServer();
    await open(server, fileUri, buggy);
    await server.diagnostics(fileUri, d => d.length === 1);
    await replace(server, fileUri, 2, 3, 48, 51, '0.2');
    assert.deepStrictEqual(await server.diagnostics(fileUri, d => d.length === 0), []);
    await replace(server, fileUri, 3, 0, 0, 0, '# a comment\n');
    await replace(server, fileUri, 4, 4, 48, 51, '-1');
    const [again] = await server.diagnostics(fileUri, d => d.length === 1);
    assert.deepStrictEqual(again.range.start, { line: 4, character: 48 });
    assert.match(String(again.message), /^label_smoothing=-1 is outside \[0, 1\]/);
  });

  it('answers a hover on label_smoothing with the implied targets, and null elsewhere or on unknown documents', async () => {
    server = await startServer();
    await open(server, fileUri, buggy.replace('1.5', '0.1'));
    await server.diagnostics(fileUri);
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: fileUri }, position: { line: 3, character: 40 } });
    assert.ok(hover);
    assert.match((hover.contents as MarkupContent).value, /1 − ε \+ ε\/K = \*\*0\.925\*\*/);
    assert.deepStrictEqual(hover.range, { start: { line: 3, character: 32 }, end: { line: 3, character: 51 } });
    assert.strictEqual(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: fileUri }, position: { line: 0, character: 2 } }), null);
    assert.strictEqual(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere.py' }, position: { line: 0, character: 0 } }), null);
    assert.strictEqual(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: fileUri }, position: { line: 999, character: 999 } }), null);
  });

  it('treats a notebook as one program: a cell sees the imports and constants of the others', async () => {
    server = await startServer();
    const notebook = 'file:///workspace/train.ipynb';
    const cell = (n: number) => `vscode-notebook-cell:/workspace/train.ipynb#cell${n}`;
    await server.connection.sendNotification(DidOpenNotebookDocumentNotification.type, {
      notebookDocument: { uri: notebook, notebookType: 'jupyter-notebook', version: 1, cells: [
        { kind: NotebookCellKind.Code, document: cell(1) }, { kind: NotebookCellKind.Code, document: cell(2) }] },
      cellTextDocuments: [
        { uri: cell(1), languageId: 'python', version: 1, text: '%matplotlib inline\nimport torch.nn as nn\nEPS = 1.2\n' },
        { uri: cell(2), languageId: 'python', version: 1, text: 'criterion = nn.CrossEntropyLoss(label_smoothing=EPS)\n' }],
    });
    assert.deepStrictEqual(await server.diagnostics(cell(1)), []);
    const [finding] = await server.diagnostics(cell(2), d => d.length === 1);
    assert.match(String(finding.message), /^label_smoothing=EPS \(= 1\.2\) is outside \[0, 1\]/);
    assert.deepStrictEqual(finding.range, { start: { line: 0, character: 48 }, end: { line: 0, character: 51 } });
    // A hover in a cell previews the value the cells before it gave (on the whole `label_smoothing=EPS`), in the cell.
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: cell(2) }, position: { line: 0, character: 49 } });
    assert.match((hover!.contents as { value: string }).value, /1\.2/);
    assert.deepStrictEqual(hover!.range, { start: { line: 0, character: 32 }, end: { line: 0, character: 51 } });

    // Editing cell 1 changes cell 2's findings.
    await server.connection.sendNotification(DidChangeNotebookDocumentNotification.type, {
      notebookDocument: { uri: notebook, version: 2 },
      change: { cells: { textContent: [{ document: { uri: cell(1), version: 2 },
        changes: [{ range: { start: { line: 2, character: 6 }, end: { line: 2, character: 9 } }, text: '0.2' }] }] } },
    });
    assert.deepStrictEqual(await server.diagnostics(cell(2), d => d.length === 0), []);

    // A new cell inserted at the end is analysed with the others.
    await server.connection.sendNotification(DidChangeNotebookDocumentNotification.type, {
      notebookDocument: { uri: notebook, version: 3 },
      change: { cells: { structure: {
        array: { start: 2, deleteCount: 0, cells: [{ kind: NotebookCellKind.Code, document: cell(3) }] },
        didOpen: [{ uri: cell(3), languageId: 'python', version: 1, text: 'nn.CrossEntropyLoss(label_smoothing=EPS * 10)\n' }],
      } } },
    });
    const [third] = await server.diagnostics(cell(3), d => d.length === 1);
    assert.match(String(third.message), /EPS \* 10 \(= 2\)/);
  });

  it('analyses a notebook at the cell limit, and a bug typed into one cell (even half typed) is reported in it', async function () {
    this.timeout(60000);
    server = await startServer({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    const notebook = 'file:///workspace/long.ipynb';
    const cell = (n: number) => `vscode-notebook-cell:/workspace/long.ipynb#cell${n}`;
    const texts = Array.from({ length: MAX_NOTEBOOK_CELLS }, (_, i) => (i === 0 ? 'import torch.nn as nn\n' : `x${i} = ${i}\n`));
    await server.connection.sendNotification(DidOpenNotebookDocumentNotification.type, {
      notebookDocument: { uri: notebook, notebookType: 'jupyter-notebook', version: 1, cells: texts.map((_, i) => ({ kind: NotebookCellKind.Code, document: cell(i) })) },
      cellTextDocuments: texts.map((text, i) => ({ uri: cell(i), languageId: 'python', version: 1, text })),
    });
    const pull = async (n: number) => {
      const report = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: cell(n) } });
      return (report as { items: { code: string; range: unknown }[] }).items;
    };
    assert.deepStrictEqual(await pull(5000), []);
    const edit = async (version: number, text: string) => server.connection.sendNotification(DidChangeNotebookDocumentNotification.type, {
      notebookDocument: { uri: notebook, version },
      change: { cells: { textContent: [{ document: { uri: cell(5000), version }, changes: [{ text }] }] } },
    });
    await edit(2, 'loss = nn.CrossEntropyLoss(label_smoothing=x4999 / 1000)\n');
    assert.deepStrictEqual((await pull(5000)).map(d => [d.code, d.range]), [['LS004', { start: { line: 0, character: 43 }, end: { line: 0, character: 55 } }]]);
    // A syntax error in the cell below keeps to itself.
    await edit(3, 'loss = nn.CrossEntropyLoss(label_smoothing=x4999 / 1000)\nprint((loss,\n');
    assert.deepStrictEqual((await pull(5000)).map(d => d.code), ['LS004']);
    assert.deepStrictEqual(await pull(5001), []);
  });

  it('answers pulled diagnostics when the client supports them', async () => {
    server = await startServer({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    await open(server, fileUri, buggy);
    const report = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: fileUri } });
    assert.strictEqual(report.kind, 'full');
    assert.deepStrictEqual((report as { items: { code: string }[] }).items.map(d => d.code), ['LS004']);
  });

  it('answers a pull "unchanged" while an edit leaves the diagnostics as the client holds them, and in full otherwise', async () => {
    server = await startServer({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    const pull = (previousResultId?: string) =>
      server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: fileUri }, previousResultId });
    await open(server, fileUri, buggy);
    const first = await pull();
    assert.strictEqual(first.kind, 'full');
    assert.ok(first.resultId, 'a full report carries a result id');

    await replace(server, fileUri, 2, 2, 26, 26, '  # typed a comment');   // after `logits = torch.randn(3, 4)`
    const same = await pull(first.resultId);
    assert.deepStrictEqual(same, { kind: 'unchanged', resultId: first.resultId });
    // A client without the id (or with another) gets everything again.
    const again = await pull('no such report');
    assert.strictEqual(again.kind, 'full');
    assert.deepStrictEqual((again as { items: { code: string }[] }).items.map(d => d.code), ['LS004']);

    await replace(server, fileUri, 3, 3, 48, 51, '0.1');   // label_smoothing=1.5 → 0.1: the finding goes
    const fixed = await pull(again.resultId);
    assert.strictEqual(fixed.kind, 'full');
    assert.notStrictEqual(fixed.resultId, again.resultId);
    assert.deepStrictEqual((fixed as { items: unknown[] }).items, []);

    // A line added above moves the finding: the client must hear where it is now.
    await replace(server, fileUri, 4, 3, 48, 51, '1.5');
    const back = await pull(fixed.resultId);
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: fileUri, version: 5 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }],
    });
    const moved = await pull(back.resultId);
    assert.strictEqual(moved.kind, 'full');
    assert.strictEqual((moved as { items: { range: { start: { line: number } } }[] }).items[0].range.start.line, 4);

    // A document closed and opened again starts afresh.
    await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: fileUri } });
    await open(server, fileUri, `\n${buggy}`, 6);
    assert.strictEqual((await pull(moved.resultId)).kind, 'full');
  });

  it('honours labelSmoothing.lint.enable, and survives a malformed value with a warning', async () => {
    let enable: unknown = false;
    server = await startServer({ workspace: { configuration: true } });
    server.connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => ({ lint: { enable } })));
    await open(server, fileUri, buggy);
    assert.deepStrictEqual(await server.diagnostics(fileUri), []);
    enable = 'yes';
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    assert.strictEqual((await server.diagnostics(fileUri, d => d.length === 1))[0].code, 'LS004');
    assert.ok(server.log.some(line => /labelSmoothing\.lint\.enable should be true or false, not "yes"/.test(line)));
  });

  it('answers inlay hints after smoothed targets, and a preview hover on them', async () => {
    server = await startServer();
    const text = fs.readFileSync(path.join(repositoryRoot, 'examples', 'seed_smooth_labels.py'), 'utf8');
    await open(server, fileUri, text);
    const hints = await server.connection.sendRequest(InlayHintRequest.type,
      { textDocument: { uri: fileUri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
    assert.deepStrictEqual(hints?.map(hint => [hint.position.line, hint.label]), [[10, '▸ [0.9250, 0.0250, 0.0250, 0.0250] Σ 1.0000']]);
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: fileUri }, position: { line: 10, character: 2 } });
    assert.match((hover!.contents as MarkupContent).value, /tensor\(\[\[0\.9250, 0\.0250, 0\.0250, 0\.0250\],/);
  });

  it('answers inlay hints, hovers and quick fixes in notebook cells, in the cells\' positions', async () => {
    server = await startServer({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    const notebook = 'file:///workspace/smooth.ipynb';
    const cell = (n: number) => `vscode-notebook-cell:/workspace/smooth.ipynb#cell${n}`;
    const lines = fs.readFileSync(path.join(repositoryRoot, 'examples', 'seed_smooth_labels.py'), 'utf8').split('\n');
    const texts = [lines.slice(0, 9).join('\n') + '\n', `${lines.slice(9).join('\n')}logits = torch.tensor([[1.0, 2.0]])\n`,
      'import torch.nn.functional as F\n\nlp = torch.log(F.softmax(logits, dim=-1))'];
    await server.connection.sendNotification(DidOpenNotebookDocumentNotification.type, {
      notebookDocument: { uri: notebook, notebookType: 'jupyter-notebook', version: 1, cells: texts.map((_, i) => ({ kind: NotebookCellKind.Code, document: cell(i) })) },
      cellTextDocuments: texts.map((text, i) => ({ uri: cell(i), languageId: 'python', version: 1, text })),
    });
    // The file's hint on its line 10 (0-based) is the second cell's, on its line 1.
    const hints = await server.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: cell(1) }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
    assert.deepStrictEqual(hints?.map(hint => [hint.position.line, hint.label]), [[1, '▸ [0.9250, 0.0250, 0.0250, 0.0250] Σ 1.0000']]);
    assert.deepStrictEqual(await server.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: cell(0) }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } }), []);
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: cell(1) }, position: { line: 1, character: 2 } });
    assert.match((hover!.contents as MarkupContent).value, /tensor\(\[\[0\.9250, 0\.0250, 0\.0250, 0\.0250\],/);
    assert.deepStrictEqual(hover!.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } });
    // A quick fix edits the cell the finding is in (the last cell ends without a line break).
    const report = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: cell(2) } });
    const [diagnostic] = (report as { items: Diagnostic[] }).items;
    assert.strictEqual(diagnostic.code, 'LS017');
    const actions = await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: cell(2) }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const [fix] = actions as CodeAction[];
    assert.deepStrictEqual(fix.edit!.changes![cell(2)], [{ range: { start: { line: 2, character: 5 }, end: { line: 2, character: 41 } }, newText: 'F.log_softmax(logits, dim=-1)' }]);
  });

  it('leaves inlay hints out when labelSmoothing.inlayHints.enable is false', async () => {
    server = await startServer({ workspace: { configuration: true } });
    server.connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => ({ inlayHints: { enable: false } })));
    await open(server, fileUri, fs.readFileSync(path.join(repositoryRoot, 'examples', 'seed_smooth_labels.py'), 'utf8'));
    const hints = await server.connection.sendRequest(InlayHintRequest.type,
      { textDocument: { uri: fileUri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
    assert.deepStrictEqual(hints, []);
  });

  it('offers a quick fix, "Disable … for this line", and fix-all for safe fixes', async () => {
    server = await startServer();
    const text = 'import torch\nimport torch.nn.functional as F\nlogits = torch.tensor([[1.0, 2.0]])\nlp = torch.log(F.softmax(logits, dim=-1))\n';
    await open(server, fileUri, text);
    const [diagnostic] = await server.diagnostics(fileUri, d => d.length === 1);
    assert.strictEqual(diagnostic.code, 'LS017');
    const actions = await server.connection.sendRequest(CodeActionRequest.type,
      { textDocument: { uri: fileUri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const titles = (actions ?? []).map(action => ('title' in action ? action.title : ''));
    assert.deepStrictEqual(titles, ['Use F.log_softmax(…)', 'Disable LS017 for this line']);
    const [fix, disable] = actions as CodeAction[];
    assert.strictEqual(fix.isPreferred, true);
    assert.deepStrictEqual(fix.edit!.changes![fileUri], [{ range: { start: { line: 3, character: 5 }, end: { line: 3, character: 41 } }, newText: 'F.log_softmax(logits, dim=-1)' }]);
    assert.deepStrictEqual(disable.edit!.changes![fileUri], [{ range: { start: { line: 3, character: 41 }, end: { line: 3, character: 41 } }, newText: '  # noqa: LS017' }]);
    const fixAll = await server.connection.sendRequest(CodeActionRequest.type,
      { textDocument: { uri: fileUri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.strictEqual((fixAll as CodeAction[])[0].kind, 'source.fixAll.labelSmoothing');
    assert.deepStrictEqual((fixAll as CodeAction[])[0].edit!.changes![fileUri].map(edit => edit.newText), ['F.log_softmax(logits, dim=-1)']);
  });

  it('applies labelSmoothing.lint.select, .ignore and .severity, and warns about malformed entries', async () => {
    server = await startServer({ workspace: { configuration: true } });
    const two = 'import torch.nn as nn\na = nn.CrossEntropyLoss(label_smoothing=1.5)\nb = nn.CrossEntropyLoss(label_smoothing=0.7)\n';
    let lint: object = { select: ['LS00', 'E501'], ignore: ['LS004'], severity: { LS005: 'error', LS009: 'loud' } };
    server.connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => ({ lint })));
    await open(server, fileUri, two);
    const [only] = await server.diagnostics(fileUri, d => d.length === 1);
    assert.deepStrictEqual([only.code, only.severity], ['LS005', 1]);
    assert.ok(server.log.some(line => /labelSmoothing\.lint\.select: \["E501"\] are not rule codes/.test(line)));
    assert.ok(server.log.some(line => /labelSmoothing\.lint\.severity: "LS009": "loud"/.test(line)));
    lint = {};
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    const both = await server.diagnostics(fileUri, d => d.length === 2);
    assert.deepStrictEqual(both.map(d => [d.code, d.severity]), [['LS004', 1], ['LS005', 2]]);
  });

  it('reads the nearest pyproject.toml for a file on disk, unless the settings select or ignore themselves', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lsl-lsp-'));
    fs.writeFileSync(path.join(folder, 'pyproject.toml'), '[tool.label-smoothing-lab]\nignore = ["LS004"]\n');
    const uri = pathToFileURL(path.join(folder, 'train.py')).href;
    server = await startServer();
    await open(server, uri, 'import torch.nn as nn\nimport torch.nn.functional as F\na = nn.CrossEntropyLoss(label_smoothing=2)\nb = F.one_hot(y)\n');
    const diagnostics = await server.diagnostics(uri);
    assert.deepStrictEqual(diagnostics.map(d => d.code), ['LS009']);
  });

  const twoBugs = 'import torch.nn as nn\nimport torch.nn.functional as F\na = nn.CrossEntropyLoss(label_smoothing=2)\nb = F.one_hot(y)\n';
  const ignoring = (code: string) => `[tool.label-smoothing-lab]\nignore = ["${code}"]\n`;

  it('for a client that cannot watch files, reads pyproject.toml afresh at each pull: a saved edit applies at the next one', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lsl-lsp-'));
    fs.writeFileSync(path.join(folder, 'pyproject.toml'), ignoring('LS004'));
    const uri = pathToFileURL(path.join(folder, 'train.py')).href;
    server = await startServer({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    await open(server, uri, twoBugs);
    const pull = async () => (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }) as { items: Diagnostic[] }).items.map(d => d.code);
    assert.deepStrictEqual(await pull(), ['LS009']);
    assert.deepStrictEqual(server.registrations.filter(r => r.method === 'workspace/didChangeWatchedFiles'), []);
    fs.writeFileSync(path.join(folder, 'pyproject.toml'), ignoring('LS009'));
    assert.deepStrictEqual(await pull(), ['LS004']);
  });

  it('for a client that watches files, registers pyproject.toml, keeps its tables, and reads them again when told of a change', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lsl-lsp-'));
    const pyproject = path.join(folder, 'pyproject.toml');
    fs.writeFileSync(pyproject, ignoring('LS004'));
    const uri = pathToFileURL(path.join(folder, 'train.py')).href;
    server = await startServer({
      textDocument: { diagnostic: { dynamicRegistration: false } },
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
    });
    let refreshes = 0;
    server.connection.onRequest(DiagnosticRefreshRequest.type, () => { refreshes++; });
    await open(server, uri, twoBugs);
    const pull = async () => (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }) as { items: Diagnostic[] }).items.map(d => d.code);
    assert.deepStrictEqual(await pull(), ['LS009']);
    const watchers = server.registrations.filter(r => r.method === 'workspace/didChangeWatchedFiles')
      .flatMap(r => (r.registerOptions as { watchers: { globPattern: string }[] }).watchers.map(w => w.globPattern));
    assert.deepStrictEqual(watchers, ['**/pyproject.toml']);
    // Saved, but the editor has not told the server yet: the tables it read stay in force (no disk reads per keystroke).
    fs.writeFileSync(pyproject, ignoring('LS009'));
    assert.deepStrictEqual(await pull(), ['LS009']);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(pyproject).href, type: FileChangeType.Changed }] });
    assert.deepStrictEqual(await pull(), ['LS004']);
    assert.strictEqual(refreshes, 1, 'the editor is asked to pull every document again');
  });

  it('hovering a code in a noqa comment shows the rule it silences', async () => {
    server = await startServer();
    const text = 'import torch.nn as nn\nc = nn.CrossEntropyLoss(label_smoothing=0.7)  # noqa: LS005, LS999\n';
    await open(server, fileUri, text);
    await server.diagnostics(fileUri);
    const at = (word: string) => ({ line: 1, character: text.split('\n')[1].indexOf(word) + 2 });
    const known = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: fileUri }, position: at('LS005') });
    assert.match((known!.contents as MarkupContent).value, /^\*\*LS005 excessive-smoothing\*\* \(warning\): .*\n\n\[Documentation\]\(file:.*excessive-smoothing\.md\)$/);
    const unknownCode = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: fileUri }, position: at('LS999') });
    assert.match((unknownCode!.contents as MarkupContent).value, /LS999\*\* is not a Label Smoothing Lab rule/);
  });

  it('clears diagnostics when a document closes, and exits cleanly after shutdown', async () => {
    server = await startServer();
    await open(server, fileUri, buggy);
    await server.diagnostics(fileUri, d => d.length === 1);
    await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: fileUri } });
    assert.deepStrictEqual(await server.diagnostics(fileUri), []);
    await server.connection.sendRequest(ShutdownRequest.type);
    const exitCode = new Promise(resolve => server.process.once('exit', resolve));
    await server.connection.sendNotification(ExitNotification.type);
    assert.strictEqual(await exitCode, 0);
  });
});
