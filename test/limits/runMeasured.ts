// Runs the command line (dist/cli.js) in a child process and measures what a user waits for and what the
// machine spends: wall-clock time and peak resident memory.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repositoryRoot } from '../helpers/parser';

export interface Measured {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly milliseconds: number;
  readonly peakMegabytes: number;
}

export function runCli(args: readonly string[], timeoutMs: number): Measured {
  const peakFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lsl-peak-')), 'peak');
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--require', path.join(__dirname, 'reportPeakMemory.js'), path.join(repositoryRoot, 'dist', 'cli.js'), ...args], {
    encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LSL_PEAK_MEMORY_FILE: peakFile },
  });
  const milliseconds = Date.now() - started;
  const peakKilobytes = fs.existsSync(peakFile) ? Number(fs.readFileSync(peakFile, 'utf8')) : NaN;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, milliseconds, peakMegabytes: peakKilobytes / 1024 };
}

/** A scratch folder holding `files`. */
export function scratchFiles(files: Record<string, string>): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'lsl-limits-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(directory, name), text);
  return directory;
}
