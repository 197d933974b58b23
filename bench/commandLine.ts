// The command line: `check` over the standard library against the bare parse of the same files in the same
// run (the floor), `check` over examples/, and cold start on one small file. Whole-process wall times.
import * as path from 'path';
import { Corpus, repositoryRoot } from './corpora';
import { repeat, Runs, timeProcess } from './stats';

const cli = path.join(repositoryRoot, 'dist', 'cli.js');
const floor = path.join(repositoryRoot, 'out', 'bench', 'parseFloor.js');

export interface Throughput {
  readonly checkMs: Runs;
  readonly parseFloorMs: Runs;
  /** check's median over the floor's median: the target is 1.3 or less. */
  readonly ratioToFloor: number;
  readonly megabytesPerSecond: number;
  readonly linesPerSecond: number;
}

/** `check` exits 1 when it finds something; only 2 (usage or read error) is a failure. */
const check = (files: readonly string[]) => timeProcess(process.execPath, [cli, 'check', ...files], { okBelow: 2 });

export function throughput(corpus: Corpus, count: number): Throughput {
  const checkMs = repeat(count, () => check(corpus.files));
  const parseFloorMs = repeat(count, () => timeProcess(process.execPath, [floor, ...corpus.files]));
  const seconds = checkMs.median / 1000;
  return {
    checkMs, parseFloorMs,
    ratioToFloor: Math.round((checkMs.median / parseFloorMs.median) * 100) / 100,
    megabytesPerSecond: Math.round((corpus.bytes / 1e6 / seconds) * 100) / 100,
    linesPerSecond: Math.round(corpus.lines / seconds),
  };
}

export function examplesCheck(corpus: Corpus, count: number): Runs {
  return repeat(count, () => check(corpus.files));
}

/** One small file, the process started cold each time: what a pre-commit hook or an editor plugin pays. */
export function coldStart(count: number): Runs {
  const small = path.join(repositoryRoot, 'examples', 'seed_smooth_labels.py');
  return repeat(count, () => check([small]));
}
