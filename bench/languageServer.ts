// The language server over stdio (dist/server.js) on the generated training module, driven as VS Code drives
// it: after each one-character didChange the client pulls the document's diagnostics (textDocument/diagnostic
// with the id of the report it holds). Figures: the time from the didChange to that report, over 200 edits spread
// through the file; the same for an editor that does not pull (the server pushes every diagnostic after each
// edit); hover latency at 200 identifiers, with the analysis cached and right after an edit; peak resident memory.
import * as fs from 'fs';
import {
  DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest, HoverRequest, PublishDiagnosticsNotification,
} from 'vscode-languageserver-protocol/node';
import { startServer, TestServer } from '../test/helpers/lspClient';
import { Corpus } from './corpora';
import { latency, Latency } from './stats';

const SAMPLES = 200;
const URI = 'file:///bench/training_module.py';

export interface LanguageServerResults {
  /** didChange → the pulled report (VS Code's way); `unchangedReports` of them said "unchanged". */
  readonly editToDiagnosticsMs: Latency;
  readonly unchangedReports: number;
  /** didChange → the pushed diagnostics, for an editor that does not pull. */
  readonly editToPushedDiagnosticsMs: Latency;
  readonly hoverCachedMs: Latency;
  readonly hoverAfterEditMs: Latency;
  readonly hoversShowingATensor: number;
  readonly hoversSayingNotPreviewed: number;
  /** VmHWM of the pulling server's process at the end, in MB. */
  readonly peakMemoryMb: number;
}

/** An open training module and one-character edits on it, for a server that pulls or one that pushes. */
class EditedModule {
  private version = 1;
  private resultId: string | undefined;
  private published: (() => void) | undefined;
  unchangedReports = 0;

  private constructor(readonly server: TestServer, private readonly lines: string[], private readonly pulls: boolean) {
    server.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri }) => { if (uri === URI) this.published?.(); });
  }

  static async open(text: string, pulls: boolean): Promise<EditedModule> {
    // As VS Code does, the pulling client also watches files (the server then keeps pyproject.toml's tables).
    const server = await startServer(pulls ? { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } : {});
    const module = new EditedModule(server, text.split('\n'), pulls);
    const opened = module.diagnostics(() => server.connection.sendNotification(DidOpenTextDocumentNotification.type,
      { textDocument: { uri: URI, languageId: 'python', version: 1, text } }));
    await opened;
    return module;
  }

  /**
   * Types one space at the end of `line`: a change for the server, none for Python's meaning. The spaces stay
   * (a trailing space is harmless), so every edit is one didChange and one analysis. Returns the milliseconds
   * from the didChange to its diagnostics.
   */
  async edit(line: number): Promise<number> {
    const character = this.lines[line].length;
    this.lines[line] += ' ';
    const started = process.hrtime.bigint();
    await this.diagnostics(() => this.server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: ++this.version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: ' ' }],
    }));
    return Number(process.hrtime.bigint() - started) / 1e6;
  }

  async hover(position: { line: number; character: number }) {
    const started = process.hrtime.bigint();
    const result = await this.server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position });
    const markdown = result ? (result.contents as { value: string }).value : '';
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, shown: markdown.includes('```python'), notPreviewed: markdown.includes('Not previewed') };
  }

  /** Sends `change`, then waits for its diagnostics: pulled right after it (as VS Code does), or pushed. */
  private async diagnostics(change: () => Promise<void>): Promise<void> {
    if (!this.pulls) {
      const published = new Promise<void>(resolve => { this.published = resolve; });
      await change();
      return published;
    }
    await change();
    const report = await this.server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI }, previousResultId: this.resultId });
    if (report.kind === 'unchanged') this.unchangedReports++;
    this.resultId = report.resultId;
  }
}

export async function languageServer(corpus: Corpus): Promise<LanguageServerResults> {
  const text = fs.readFileSync(corpus.files[0], 'utf8');
  const lines = text.split('\n');
  const spread = <T>(items: readonly T[]) => Array.from({ length: SAMPLES }, (_, i) => items[Math.floor((i * items.length) / SAMPLES)]);
  // Hover targets: the first identifier of assignment and def lines. Edit targets: comment-free code lines,
  // where typing one character (a space before the line's end) changes the program.
  const hoverAt = spread(lines.flatMap((line, n) => {
    const match = /^(\s*)(def |class )?([A-Za-z_]\w*)/.exec(line);
    return match && (match[2] || /=/.test(line)) ? [{ line: n, character: match[1].length + (match[2]?.length ?? 0) + 1 }] : [];
  }));
  const editAt = spread(lines.flatMap((line, n) => (/\S/.test(line) && !/^\s*#/.test(line) ? [n] : [])));

  const pushing = await EditedModule.open(text, false);
  const pushed: number[] = [];
  for (const line of editAt) pushed.push(await pushing.edit(line));
  await pushing.server.stop();

  const module = await EditedModule.open(text, true);
  const editToDiagnostics: number[] = [];
  for (const line of editAt) editToDiagnostics.push(await module.edit(line));
  const unchangedReports = module.unchangedReports;
  await module.hover(hoverAt[0]);
  const cached: number[] = [];
  let shown = 0;
  let notPreviewed = 0;
  for (const position of hoverAt) {
    const outcome = await module.hover(position);
    cached.push(outcome.ms);
    if (outcome.shown) shown++;
    if (outcome.notPreviewed) notPreviewed++;
  }
  const afterEdit: number[] = [];
  for (const [i, position] of hoverAt.entries()) {
    await module.edit(editAt[i]);
    afterEdit.push((await module.hover(position)).ms);
  }
  const status = fs.readFileSync(`/proc/${module.server.process.pid}/status`, 'utf8');
  const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  await module.server.stop();
  return {
    editToDiagnosticsMs: latency(editToDiagnostics),
    unchangedReports,
    editToPushedDiagnosticsMs: latency(pushed),
    hoverCachedMs: latency(cached),
    hoverAfterEditMs: latency(afterEdit),
    hoversShowingATensor: shown,
    hoversSayingNotPreviewed: notPreviewed,
    peakMemoryMb: Math.round(peakKb / 1024),
  };
}
