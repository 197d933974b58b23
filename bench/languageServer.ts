// The language server over stdio (dist/server.js, as an editor talks to it) on the generated training module:
// the time from a one-character didChange to the diagnostics for it, over 200 edits spread through the file;
// hover latency at 200 identifiers, with the analysis cached and right after an edit; peak resident memory.
import * as fs from 'fs';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest, PublishDiagnosticsNotification } from 'vscode-languageserver-protocol/node';
import { startServer } from '../test/helpers/lspClient';
import { Corpus } from './corpora';
import { latency, Latency } from './stats';

const SAMPLES = 200;

export interface LanguageServerResults {
  readonly editToDiagnosticsMs: Latency;
  readonly hoverCachedMs: Latency;
  readonly hoverAfterEditMs: Latency;
  readonly hoversShowingATensor: number;
  readonly hoversSayingNotPreviewed: number;
  /** VmHWM of the server process at the end, in MB. */
  readonly peakMemoryMb: number;
}

export async function languageServer(corpus: Corpus): Promise<LanguageServerResults> {
  const text = fs.readFileSync(corpus.files[0], 'utf8');
  const lines = text.split('\n');
  const uri = 'file:///bench/training_module.py';
  const spread = <T>(items: readonly T[]) => Array.from({ length: SAMPLES }, (_, i) => items[Math.floor((i * items.length) / SAMPLES)]);
  // Hover targets: the first identifier of assignment and def lines. Edit targets: comment-free code lines,
  // where typing one character (a space before the line's end) changes the program.
  const hoverAt = spread(lines.flatMap((line, n) => {
    const match = /^(\s*)(def |class )?([A-Za-z_]\w*)/.exec(line);
    return match && (match[2] || /=/.test(line)) ? [{ line: n, character: match[1].length + (match[2]?.length ?? 0) + 1 }] : [];
  }));
  const editAt = spread(lines.flatMap((line, n) => (/\S/.test(line) && !/^\s*#/.test(line) ? [n] : [])));

  const server = await startServer();
  let published: (() => void) | undefined;
  server.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri: published_uri }) => { if (published_uri === uri) published?.(); });
  const nextDiagnostics = () => new Promise<void>(resolve => { published = resolve; });
  let version = 1;
  let waiting = nextDiagnostics();
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version, text } });
  await waiting;

  const hover = async (position: { line: number; character: number }) => {
    const started = process.hrtime.bigint();
    const result = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    const markdown = result ? (result.contents as { value: string }).value : '';
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, shown: markdown.includes('```python'), notPreviewed: markdown.includes('Not previewed') };
  };
  /**
   * Types one space at the end of `line`: a change for the server, none for Python's meaning. The spaces stay
   * (a trailing space is harmless), so every edit is one didChange and one analysis.
   */
  const edit = async (line: number) => {
    const character = lines[line].length;
    lines[line] += ' ';
    waiting = nextDiagnostics();
    const started = process.hrtime.bigint();
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: ' ' }],
    });
    await waiting;
    return Number(process.hrtime.bigint() - started) / 1e6;
  };

  const editToDiagnostics: number[] = [];
  for (const line of editAt) editToDiagnostics.push(await edit(line));
  await hover(hoverAt[0]);
  const cached: number[] = [];
  let shown = 0;
  let notPreviewed = 0;
  for (const position of hoverAt) {
    const outcome = await hover(position);
    cached.push(outcome.ms);
    if (outcome.shown) shown++;
    if (outcome.notPreviewed) notPreviewed++;
  }
  const afterEdit: number[] = [];
  for (const [i, position] of hoverAt.entries()) {
    await edit(editAt[i]);
    afterEdit.push((await hover(position)).ms);
  }
  const status = fs.readFileSync(`/proc/${server.process.pid}/status`, 'utf8');
  const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  await server.stop();
  return {
    editToDiagnosticsMs: latency(editToDiagnostics),
    hoverCachedMs: latency(cached),
    hoverAfterEditMs: latency(afterEdit),
    hoversShowingATensor: shown,
    hoversSayingNotPreviewed: notPreviewed,
    peakMemoryMb: Math.round(peakKb / 1024),
  };
}
