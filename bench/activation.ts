// The extension's activation time in the real VS Code: the integration suite's activation test logs how long
// activate() took (the extension reports it through its API); this runs the suite `count` times and reads it.
import { spawnSync } from 'child_process';
import * as path from 'path';
import { repositoryRoot } from './corpora';
import { runs, Runs } from './stats';

export function activationMs(count: number): Runs | undefined {
  const runner = path.join(repositoryRoot, 'out', 'test', 'vscode', 'runIntegrationTests.js');
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const result = spawnSync(process.execPath, [runner], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const match = /activation took ([\d.]+) ms/.exec(result.stdout ?? '');
    if (match) samples.push(Number(match[1]));
  }
  return samples.length ? runs(samples) : undefined;
}
