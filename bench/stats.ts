// Summaries the benchmark prints: percentiles of latency samples, and the median and spread of repeated runs.
import { spawnSync, SpawnSyncOptions } from 'child_process';

const round = (x: number) => Math.round(x * 100) / 100;

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export interface Latency { p50: number; p95: number; p99: number; max: number }

export function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1]) };
}

/** Repeated runs: the median, and the spread as the fastest and slowest run. */
export interface Runs { median: number; min: number; max: number; runs: number }

export function runs(samples: readonly number[]): Runs {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median: round(median), min: round(sorted[0]), max: round(sorted[sorted.length - 1]), runs: sorted.length };
}

/** Whole-process wall time of a command, in milliseconds; throws when it fails to start or exits above `okBelow`. */
export function timeProcess(command: string, args: readonly string[], options: SpawnSyncOptions & { okBelow?: number } = {}): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  if ((result.status ?? 99) >= (options.okBelow ?? 1)) {
    throw new Error(`${command} ${args.slice(0, 3).join(' ')}… exited ${result.status ?? result.signal}: ${String(result.stderr ?? '').slice(0, 500)}`);
  }
  return ms;
}

/** Runs `measure` `count` times (after one warm-up run when asked) and summarises. */
export function repeat(count: number, measure: () => number, warmUp = true): Runs {
  if (warmUp) measure();
  return runs(Array.from({ length: count }, measure));
}

/** One latency figure over repeated runs: each percentile's median run, and the spread of the p95 over the runs. */
export interface LatencyOverRuns { p50: number; p95: number; 'p95 min': number; 'p95 max': number; p99: number; runs: number }

export function latencyOverRuns(perRun: readonly Latency[]): LatencyOverRuns {
  const p95 = runs(perRun.map(l => l.p95));
  return { p50: runs(perRun.map(l => l.p50)).median, p95: p95.median, 'p95 min': p95.min, 'p95 max': p95.max, p99: runs(perRun.map(l => l.p99)).median, runs: perRun.length };
}
