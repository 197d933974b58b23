// `npm run fuzz [-- --seed N] [--cases N] [--case N] [--jobs N]`: runs the fuzz cases on worker threads (one per
// core by default) and reports each failure with the seed and case number that replays it, and the input
// written to a file. A worker silent for longer than a case's bound is stuck: it is stopped, its case reported
// as a hang, and a new worker carries on after it. Exit status 1 when any case failed.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { testParser } from '../helpers/parser';
import { CaseKind, fuzzCase, kindOf } from './cases';
import { CASE_TIME_BOUND_MS, CaseResult, reproducer, runCase } from './runner';

interface Options {
  readonly seed: number;
  readonly cases: readonly number[];
  readonly jobs: number;
}

const usage = 'usage: npm run fuzz -- [--seed N] [--cases N | --case N] [--jobs N]';

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): number | undefined => {
    const at = argv.indexOf(name);
    if (at === -1) return undefined;
    const number = Number(argv[at + 1]);
    if (!Number.isInteger(number) || number < 0) throw new Error(`${name} takes a whole number\n${usage}`);
    return number;
  };
  const single = value('--case');
  const count = value('--cases') ?? 20_000;
  return {
    seed: value('--seed') ?? 1,
    cases: single !== undefined ? [single] : Array.from({ length: count }, (_, i) => i),
    jobs: Math.max(1, value('--jobs') ?? Math.min(os.cpus().length, 4)),
  };
}

type WorkerMessage = { readonly started: number } | { readonly result: CaseResult } | { readonly finished: true };

async function workerMain(): Promise<void> {
  const { seed, cases } = workerData as { seed: number; cases: number[] };
  const parser = await testParser();
  for (const caseNumber of cases) {
    parentPort!.postMessage({ started: caseNumber } satisfies WorkerMessage);
    parentPort!.postMessage({ result: runCase(parser, seed, caseNumber) } satisfies WorkerMessage);
  }
  parentPort!.postMessage({ finished: true } satisfies WorkerMessage);
}

/** Runs `cases` on one worker, replacing it when a case hangs. */
function runShare(seed: number, cases: readonly number[], onResult: (result: CaseResult) => void): Promise<void> {
  return new Promise(resolve => {
    let remaining = [...cases];
    const start = () => {
      const worker = new Worker(__filename, { workerData: { fuzzWorker: true, seed, cases: remaining } });
      let current: { caseNumber: number; since: number } | undefined;
      let lastFinished = -1;
      const watchdog = setInterval(() => {
        if (!current || Date.now() - current.since < 4 * CASE_TIME_BOUND_MS) return;
        clearInterval(watchdog);
        const hung = current.caseNumber;
        onResult({ caseNumber: hung, kind: kindOf(hung), milliseconds: Date.now() - current.since, problems: ['hung: no answer within four times the case bound'] });
        remaining = remaining.slice(remaining.indexOf(hung) + 1);
        void worker.terminate().then(() => (remaining.length ? start() : resolve()));
      }, 1000);
      worker.on('message', (message: WorkerMessage) => {
        if ('started' in message) current = { caseNumber: message.started, since: Date.now() };
        else if ('result' in message) {
          current = undefined;
          lastFinished = message.result.caseNumber;
          onResult(message.result);
        } else {
          clearInterval(watchdog);
          void worker.terminate().then(() => resolve());
        }
      });
      worker.on('error', error => {
        // An error escaping a case (runCase catches exceptions) is a crash of the worker itself: out of memory.
        clearInterval(watchdog);
        const crashed = current?.caseNumber ?? remaining[remaining.indexOf(lastFinished) + 1];
        onResult({ caseNumber: crashed, kind: kindOf(crashed), milliseconds: 0, problems: [`the worker died: ${error.stack ?? error}`] });
        remaining = remaining.slice(remaining.indexOf(crashed) + 1);
        if (remaining.length) start();
        else resolve();
      });
    };
    if (cases.length) start();
    else resolve();
  });
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const counts = new Map<CaseKind, { cases: number; failed: number; slowest: number }>();
  const failures: CaseResult[] = [];
  let done = 0;
  const onResult = (result: CaseResult) => {
    const count = counts.get(result.kind) ?? { cases: 0, failed: 0, slowest: 0 };
    counts.set(result.kind, { cases: count.cases + 1, failed: count.failed + (result.problems.length ? 1 : 0), slowest: Math.max(count.slowest, result.milliseconds) });
    if (result.problems.length) failures.push(result);
    if (++done % 1000 === 0) process.stderr.write(`fuzz: ${done}/${options.cases.length} cases, ${failures.length} failed, ${Math.round((Date.now() - started) / 1000)} s\n`);
  };
  const shares = Array.from({ length: options.jobs }, (_, job) => options.cases.filter((_, i) => i % options.jobs === job));
  await Promise.all(shares.map(share => runShare(options.seed, share, onResult)));

  const folder = failures.length ? fs.mkdtempSync(path.join(os.tmpdir(), `lsl-fuzz-seed${options.seed}-`)) : undefined;
  for (const failure of failures.sort((a, b) => a.caseNumber - b.caseNumber)) {
    let written: ReturnType<typeof reproducer>;
    try {
      written = reproducer(fuzzCase(options.seed, failure.caseNumber));
    } catch (error) {
      written = { extension: '.txt', content: `the fuzzer could not make this case: ${(error as Error).stack}` };
    }
    const { extension, content } = written;
    const file = path.join(folder!, `case${failure.caseNumber}${extension}`);
    fs.writeFileSync(file, content);
    console.log(`FAILED ${failure.kind} case ${failure.caseNumber} (replay: npm run fuzz -- --seed ${options.seed} --case ${failure.caseNumber}; input: ${file})`);
    for (const problem of failure.problems) console.log('  ' + problem.split('\n').slice(0, 12).join('\n  '));
  }
  console.log(`seed ${options.seed}: ${done} cases in ${((Date.now() - started) / 1000).toFixed(1)} s on ${options.jobs} worker(s)`);
  for (const [kind, count] of [...counts].sort()) {
    console.log(`  ${kind.padEnd(8)} ${String(count.cases).padStart(6)} cases, ${count.failed} failed, slowest ${Math.round(count.slowest)} ms`);
  }
  process.exitCode = failures.length ? 1 : 0;
}

// Only as a program (or as its own worker): mocha loads every file of a test folder, this one included.
if (isMainThread && require.main === module) {
  main().catch(error => {
    console.error((error as Error).message);
    process.exitCode = 2;
  });
} else if (!isMainThread && (workerData as { fuzzWorker?: boolean } | undefined)?.fuzzWorker) {
  void workerMain();
}
