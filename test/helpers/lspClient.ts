// A minimal LSP client for the protocol tests: starts the built dist/server.js over stdio, as another
// editor would, and records the diagnostics it publishes so tests can wait for them.
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import {
  ClientCapabilities, createProtocolConnection, Diagnostic, InitializeRequest, InitializeResult, InitializedNotification,
  ProtocolConnection, PublishDiagnosticsNotification, Registration, RegistrationRequest, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { repositoryRoot } from './parser';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/serverNodeFlags';

export interface TestServer {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly initializeResult: InitializeResult;
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept?: (diagnostics: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  /** The document version of each diagnostics publication for a URI, in order (undefined when not given). */
  publishedVersions(uri: string): (number | undefined)[];
  /** Everything the server logged to the client (window/logMessage). */
  readonly log: string[];
  /** The capabilities the server registered with the client (client/registerCapability), in order. */
  readonly registrations: Registration[];
  stop(): Promise<void>;
}

export async function startServer(capabilities: ClientCapabilities = {}): Promise<TestServer> {
  // Started as the extension starts it, with the same Node flags.
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(repositoryRoot, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const latest = new Map<string, Diagnostic[]>();
  const waiters: { uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  const log: string[] = [];
  const publishes = new Map<string, (number | undefined)[]>();
  connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics, version }) => {
    latest.set(uri, diagnostics);
    publishes.set(uri, [...(publishes.get(uri) ?? []), version]);
    for (const waiter of [...waiters]) {
      if (waiter.uri === uri && waiter.accept(diagnostics)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(diagnostics);
      }
    }
  });
  connection.onNotification('window/logMessage', ({ message }: { message: string }) => { log.push(message); });
  const registrations: Registration[] = [];
  connection.onRequest(RegistrationRequest.type, params => { registrations.push(...params.registrations); });
  connection.listen();
  const initializeResult = await connection.sendRequest(InitializeRequest.type,
    { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null });
  await connection.sendNotification(InitializedNotification.type, {});

  return {
    connection,
    process: child,
    initializeResult,
    log,
    registrations,
    publishedVersions: uri => publishes.get(uri) ?? [],
    diagnostics(uri, accept = () => true, timeoutMs = 5000) {
      const current = latest.get(uri);
      if (current && accept(current)) {
        latest.delete(uri);
        return Promise.resolve(current);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, accept, resolve: d => { clearTimeout(timer); latest.delete(uri); resolve(d); } });
      });
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise(resolve => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      connection.dispose();
    },
  };
}
