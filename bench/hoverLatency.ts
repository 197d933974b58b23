// Hover latency of the language server (dist/server.js over stdio, as an editor talks to it) on a generated
// 10,000-line training module: hovers at 200 identifiers spread through the file, both right after an edit
// (the evaluation is redone) and with the evaluation cached. Prints p50/p95/p99 and writes bench/results.json.
import * as fs from 'fs';
import * as path from 'path';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest } from 'vscode-languageserver-protocol/node';
import { startServer } from '../test/helpers/lspClient';
import { trainingModule } from './trainingModule';

const HOVERS = 200;
const uri = 'file:///bench/training_module.py';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1]) };
}

async function main(): Promise<void> {
  const text = trainingModule();
  const lines = text.split('\n');
  // Hover targets: the first identifier of assignment and def lines, spread evenly through the file.
  const candidates = lines.flatMap((line, n) => {
    const match = /^(\s*)(def |class )?([A-Za-z_]\w*)/.exec(line);
    return match && (match[2] || /=/.test(line)) ? [{ line: n, character: match[1].length + (match[2]?.length ?? 0) + 1 }] : [];
  });
  const positions = Array.from({ length: HOVERS }, (_, i) => candidates[Math.floor((i * candidates.length) / HOVERS)]);

  const server = await startServer();
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text } });
  const hover = async (position: { line: number; character: number }) => {
    const started = process.hrtime.bigint();
    const result = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    const markdown = result ? (result.contents as { value: string }).value : '';
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, shown: markdown.includes('```python'), notPreviewed: markdown.includes('Not previewed') };
  };

  const cached: number[] = [];
  let shown = 0;
  let notPreviewed = 0;
  await hover(positions[0]);   // the first evaluation of the file
  for (const position of positions) {
    const outcome = await hover(position);
    cached.push(outcome.ms);
    if (outcome.shown) shown++;
    if (outcome.notPreviewed) notPreviewed++;
  }
  const afterEdit: number[] = [];
  let version = 2;
  for (const position of positions) {
    // A one-character edit at the end of a comment line at the top: the program changes, so it is evaluated again.
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: version++ },
      contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: lines[3].length } }, text: `# ${version}` }],
    });
    afterEdit.push((await hover(position)).ms);
  }
  await server.stop();

  const results = {
    corpus: `generated training module, ${lines.length} lines, ${(text.length / 1024).toFixed(0)} KB`,
    hovers: HOVERS,
    hoversShowingATensor: shown,
    hoversSayingNotPreviewed: notPreviewed,
    hoverCachedMs: summary(cached),
    hoverAfterEditMs: summary(afterEdit),
  };
  console.table({ 'hover, evaluation cached (ms)': results.hoverCachedMs, 'hover right after an edit (ms)': results.hoverAfterEditMs });
  console.log(`${results.corpus}; of ${HOVERS} hovers, ${shown} showed a tensor and ${notPreviewed} said "not previewed"`);
  const file = path.join(__dirname, '..', '..', 'bench', 'results.json');
  const previous = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  fs.writeFileSync(file, JSON.stringify({ ...previous, hoverLatency: results }, null, 2) + '\n');
}

void main();
