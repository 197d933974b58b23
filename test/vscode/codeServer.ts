// Starts and stops code-server, the real VS Code server with its web workbench, for the integration tests
// and for `npm start`. Everything it writes stays under the state folder its caller gives, not in $HOME.
import { ChildProcess, spawn, spawnSync, StdioOptions } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import { codeServerEntry, node24 } from './toolchain';

export interface CodeServerOptions {
  /** Holds user data, extensions, config and temp files. Keep it short: VS Code puts unix sockets in it. */
  readonly stateDir: string;
  readonly port: number;
  /** Lets a page run extension tests from the URL's `payload` (see workbenchUrl.ts). */
  readonly smokeTestDriver?: boolean;
  /** A log file, or this process's own terminal. */
  readonly output: { readonly logFile: string } | 'inherit';
  /** Added to the environment of code-server and so of its extension host. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface CodeServer {
  /** http://127.0.0.1:PORT, without a trailing slash. */
  readonly origin: string;
  /** Ends code-server with everything it started. */
  stop(): Promise<void>;
  /** Resolves when the code-server process itself exits (for example after a crash). */
  readonly exited: Promise<void>;
}

const startupDeadlineMs = 60_000;
const stopGraceMs = 5_000;

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const authority = `127.0.0.1:${options.port}`;
  const log = options.output === 'inherit' ? undefined : openLog(options.output.logFile);
  const stdio: StdioOptions = log === undefined ? 'inherit' : ['ignore', log, log];
  const child = spawn(node24, [
    codeServerEntry,
    '--bind-addr', authority,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // A built VS Code ignores the development-host payload unless its smoke-test driver is on; this
    // internal switch is why setup.sh pins the code-server version.
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...profileArgs(options.stateDir),
  ], {
    // Its own process group: code-server, its extension host, file watcher and pty host end together.
    detached: true,
    stdio,
    env: { ...codeServerEnv(options.stateDir), ...options.env },
  });
  if (log !== undefined) fs.closeSync(log);   // the child has its own copy
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
  const server: CodeServer = { origin: `http://${authority}`, exited, stop: () => stopGroup(child, exited) };
  try {
    await waitUntilHealthy(server.origin, child);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** Installs a packed extension (.vsix) into the profile that startCodeServer uses for the same state folder. */
export function installExtension(stateDir: string, vsix: string): void {
  const result = spawnSync(node24, [codeServerEntry, ...profileArgs(stateDir), '--install-extension', vsix, '--force'], {
    env: codeServerEnv(stateDir), encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension ${vsix} failed:\n${result.stdout}${result.stderr}`);
  }
}

/** A port nobody listens on now, so that concurrent runs do not collide. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Fails if something listens on the port already: it might be an earlier code-server, whose /healthz would
 * pass for ours.
 */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () => reject(new Error(`port ${port} on 127.0.0.1 is in use; choose another with PORT=…`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

function profileArgs(stateDir: string): string[] {
  return ['--user-data-dir', path.join(stateDir, 'user-data'), '--extensions-dir', path.join(stateDir, 'extensions')];
}

function codeServerEnv(stateDir: string): NodeJS.ProcessEnv {
  const tmp = path.join(stateDir, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  // Without these, code-server writes config.yaml and logs into $HOME and its sockets into /tmp.
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(stateDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(stateDir, 'xdg-data'),
    TMPDIR: tmp,
  };
}

function openLog(file: string): number {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return fs.openSync(file, 'w');
}

async function waitUntilHealthy(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + startupDeadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited during start-up (${child.exitCode ?? child.signalCode})`);
    }
    if (await httpStatus(`${origin}/healthz`) === 200) return;
    await delay(100);
  }
  throw new Error(`code-server did not answer ${origin}/healthz within ${startupDeadlineMs / 1000} s`);
}

function httpStatus(url: string): Promise<number> {
  return new Promise(resolve => {
    http.get(url, response => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on('error', () => resolve(0));
  });
}

async function stopGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.pid === undefined) return;
  signalGroup(child.pid, 'SIGTERM');
  await Promise.race([exited, delay(stopGraceMs)]);
  // The extension host or watcher may outlive code-server's own exit; the group takes them along.
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is gone already.
  }
}

function delay(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}
