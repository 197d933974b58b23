// The command line: `check` over the standard library against the bare parse of the same files in the same
// run (the floor), `check` over examples/, and cold start on one small file. Whole-process wall times.
import * as path from 'path';
import { Corpus, repositoryRoot } from './corpora';
import { repeat, runs, Runs, timeProcess } from './stats';

const cli = path.join(repositoryRoot, 'dist', 'cli.js');
const floor = path.join(repositoryRoot, 'out', 'bench', 'parseFloor.js');

export interface Throughput {
  readonly checkMs: Runs;
  readonly parseFloorMs: Runs;
  /** The median over the runs of check's time over the floor's in the same round: the target is 1.3 or less. */
  readonly ratioToFloor: number;
  /** The same ratio's spread over the rounds. */
  readonly ratioToFloorRuns: Runs;
  readonly megabytesPerSecond: number;
  readonly linesPerSecond: number;
}

/** `check` exits 1 when it finds something; only 2 (usage or read error) is a failure. */
const check = (files: readonly string[]) => timeProcess(process.execPath, [cli, 'check', ...files], { okBelow: 2 });

/**
 * `check` and the floor in alternation, round by round (after one warm-up round): the machine's speed drifts over
 * a minute (one run of the floor alone took 1.6 s, another 2.4 s), and a drift then weighs on both sides alike.
 */
export function throughput(corpus: Corpus, count: number): Throughput {
  const parse = () => timeProcess(process.execPath, [floor, ...corpus.files]);
  check(corpus.files);
  parse();
  const rounds = Array.from({ length: count }, () => ({ check: check(corpus.files), floor: parse() }));
  const checkMs = runs(rounds.map(round => round.check));
  const parseFloorMs = runs(rounds.map(round => round.floor));
  const ratioToFloorRuns = runs(rounds.map(round => round.check / round.floor));
  const seconds = checkMs.median / 1000;
  return {
    checkMs, parseFloorMs, ratioToFloorRuns,
    ratioToFloor: ratioToFloorRuns.median,
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
