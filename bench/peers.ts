// The tools a user would otherwise run, on the same corpus and in the same run, whole-process wall time:
// ruff (its WebAssembly build from npm, driven by ruffCheck.ts), and Debian's flake8 and pylint. Each is
// installed outside the clone when missing (ruff into the benchmark's cache folder, flake8 and pylint with
// apt-get). Each runs its default rule set, which the results name.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus, repositoryRoot } from './corpora';
import { repeat, Runs, timeProcess } from './stats';

const RUFF_VERSION = '0.17.4';
const cacheFolder = path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'label-smoothing-lab', 'bench');

export interface PeerResult {
  readonly tool: string;
  readonly version: string;
  readonly rules: string;
  readonly ms: Runs;
  /** Their median over ours: above 1, we are faster. */
  readonly ratioToOurs: number;
}

function ruffPackage(): string {
  const folder = path.join(cacheFolder, 'ruff');
  const packageFolder = path.join(folder, 'node_modules', '@astral-sh', 'ruff-wasm-nodejs');
  const installed = fs.existsSync(path.join(packageFolder, 'package.json')) &&
    JSON.parse(fs.readFileSync(path.join(packageFolder, 'package.json'), 'utf8')).version === RUFF_VERSION;
  if (!installed) {
    fs.mkdirSync(folder, { recursive: true });
    if (!fs.existsSync(path.join(folder, 'package.json'))) fs.writeFileSync(path.join(folder, 'package.json'), '{"private": true}\n');
    console.error(`installing @astral-sh/ruff-wasm-nodejs@${RUFF_VERSION} into ${folder}`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', `@astral-sh/ruff-wasm-nodejs@${RUFF_VERSION}`], { cwd: folder, stdio: 'inherit' });
  }
  return packageFolder;
}

function ensureDebianTool(command: string, pkg: string): boolean {
  if (spawnSync('which', [command]).status === 0) return true;
  console.error(`installing Debian's ${pkg} (apt-get)`);
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=600', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return install.status === 0 && spawnSync('which', [command]).status === 0;
}

function versionOf(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8' }).split('\n')[0].trim();
}

/** Peers on `corpus`; `ourMedianMs` is our `check` on the same files. pylint, much slower, runs `slowCount` times. */
export function peers(corpus: Corpus, ourMedianMs: number, count: number, slowCount: number): PeerResult[] {
  const results: PeerResult[] = [];
  const add = (tool: string, version: string, rules: string, ms: Runs) =>
    results.push({ tool, version, rules, ms, ratioToOurs: Math.round((ms.median / ourMedianMs) * 100) / 100 });

  const ruff = ruffPackage();
  const driver = path.join(repositoryRoot, 'out', 'bench', 'ruffCheck.js');
  add('ruff (wasm, npm)', RUFF_VERSION, 'ruff defaults: E4, E7, E9, F (pycodestyle errors subset, Pyflakes)',
    repeat(count, () => timeProcess(process.execPath, [driver, ruff, ...corpus.files])));

  // flake8 and pylint exit non-zero when they report anything, which the standard library makes them do.
  if (ensureDebianTool('flake8', 'flake8')) {
    add('flake8', versionOf('flake8', ['--version']), 'flake8 defaults: pycodestyle E/W, Pyflakes F, mccabe off; all cores (-j auto)',
      repeat(count, () => timeProcess('flake8', [...corpus.files], { okBelow: 2 })));
  }
  if (ensureDebianTool('pylint', 'pylint')) {
    add('pylint', versionOf('pylint', ['--version']), 'pylint defaults (all enabled checkers), --jobs=0 (all cores)',
      repeat(slowCount, () => timeProcess('pylint', ['--jobs=0', '--score=n', ...corpus.files], { okBelow: 64 }), false));
  }
  return results;
}
