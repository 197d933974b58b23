// `npm start`: the extension as a user gets it. Packs the production .vsix, installs it into a local
// code-server (the real VS Code, in a browser), opens examples/ and serves until Ctrl-C.
// The profile persists in the cache, outside the clone, so settings and layout survive restarts.
// Env: PORT (default 8080).
import { spawnSync } from 'child_process';
import * as path from 'path';
import { assertPortFree, installExtension, startCodeServer } from './codeServer';
import { cacheDir, ensureToolchain, repoRoot } from './toolchain';
import { workbenchUrl } from './workbenchUrl';

const port = Number(process.env.PORT) || 8080;
const stateDir = path.join(cacheDir, 'start');
const vsix = path.join(repoRoot, 'label-smoothing-lab.vsix');

async function main(): Promise<void> {
  ensureToolchain();
  run('npm', ['run', 'package']);
  installExtension(stateDir, vsix);
  console.log(`Installed ${path.relative(repoRoot, vsix)} into code-server (profile: ${stateDir}).`);

  await assertPortFree(port);
  const server = await startCodeServer({ stateDir, port, output: { logFile: path.join(stateDir, 'code-server.log') } });
  console.log(`\nLabel Smoothing Lab is running in VS Code. Open this in a browser:\n\n  ${workbenchUrl(server.origin, path.join(repoRoot, 'examples'))}\n`);
  console.log(`code-server's log: ${path.join(stateDir, 'code-server.log')}. Press Ctrl-C to stop.`);

  const stopRequested = new Promise<string>(resolve => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolve(signal));
  });
  const reason = await Promise.race([stopRequested, server.exited.then(() => 'code-server exited on its own')]);
  console.log(`\nStopping code-server (${reason}).`);
  await server.stop();
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

main().then(() => process.exit(0), error => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
