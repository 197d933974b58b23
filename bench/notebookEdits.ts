// The language server on a notebook: the generated training module's first 2,000 lines cut into cells at
// statements (about a dozen lines each), driven as VS Code drives a notebook. After each one-character change to a
// cell the client pulls that cell's diagnostics; the figure is the time from the change to the report, over 200
// edits spread through the cells. Not a target of the issue: it shows that typing in one cell of a long notebook
// costs what typing in a file does (a notebook used to be analysed whole at every keystroke).
import * as fs from 'fs';
import {
  DidChangeNotebookDocumentNotification, DidOpenNotebookDocumentNotification, DocumentDiagnosticRequest, NotebookCellKind,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../test/helpers/lspClient';
import { testParser } from '../test/helpers/parser';
import { Corpus } from './corpora';
import { latency, Latency } from './stats';

const SAMPLES = 200;
const NOTEBOOK_LINES = 2000;
const NOTEBOOK = 'file:///bench/training_notebook.ipynb';
const cellUri = (index: number) => `vscode-notebook-cell:/bench/training_notebook.ipynb#cell${index}`;

export interface NotebookResults {
  readonly cells: number;
  readonly lines: number;
  readonly editToDiagnosticsMs: Latency;
}

/** The text cut into cells at top-level statements that start a line, each cell at least `lines` lines long. */
async function cellsOf(text: string, lines = 12): Promise<string[]> {
  const tree = (await testParser()).parse(text);
  try {
    const cells: string[] = [];
    let start = 0;
    for (const node of tree.rootNode.namedChildren) {
      if (!node || node.type === 'comment' || node.startPosition.column !== 0 || node.startIndex === 0) continue;
      if (text.slice(start, node.startIndex).split('\n').length > lines) {
        cells.push(text.slice(start, node.startIndex));
        start = node.startIndex;
      }
    }
    cells.push(text.slice(start));
    return cells;
  } finally {
    tree.delete();
  }
}

export async function notebookEdits(corpus: Corpus): Promise<NotebookResults> {
  const text = fs.readFileSync(corpus.files[0], 'utf8').split('\n').slice(0, NOTEBOOK_LINES).join('\n');
  const cells = (await cellsOf(text)).map(cell => cell.split('\n'));
  const server = await startServer({ textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
  const resultIds = new Map<string, string>();
  const pull = async (uri: string) => {
    const report = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: resultIds.get(uri) });
    resultIds.set(uri, report.resultId!);
  };
  await server.connection.sendNotification(DidOpenNotebookDocumentNotification.type, {
    notebookDocument: { uri: NOTEBOOK, notebookType: 'jupyter-notebook', version: 1, cells: cells.map((_, i) => ({ kind: NotebookCellKind.Code, document: cellUri(i) })) },
    cellTextDocuments: cells.map((lines, i) => ({ uri: cellUri(i), languageId: 'python', version: 1, text: lines.join('\n') })),
  });
  for (let i = 0; i < cells.length; i++) await pull(cellUri(i));

  // Edit targets: code lines (not blank, not comments) spread through the cells; a trailing space changes the
  // cell's text and none of its meaning.
  const codeLines = cells.flatMap((lines, cell) => lines.flatMap((line, n) => (/\S/.test(line) && !/^\s*#/.test(line) ? [{ cell, line: n }] : [])));
  const versions = cells.map(() => 1);
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const { cell, line } = codeLines[Math.floor((i * codeLines.length) / SAMPLES)];
    const character = cells[cell][line].length;
    cells[cell][line] += ' ';
    const started = process.hrtime.bigint();
    await server.connection.sendNotification(DidChangeNotebookDocumentNotification.type, {
      notebookDocument: { uri: NOTEBOOK, version: i + 2 },
      change: { cells: { textContent: [{ document: { uri: cellUri(cell), version: ++versions[cell] },
        changes: [{ range: { start: { line, character }, end: { line, character } }, text: ' ' }] }] } },
    });
    await pull(cellUri(cell));
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  await server.stop();
  return { cells: cells.length, lines: NOTEBOOK_LINES, editToDiagnosticsMs: latency(times) };
}
