// The shipped bundles never run code other than their own: they require no Node built-in that starts
// processes, evaluates code or opens network connections (save the few uses below, each proved unreachable
// or limited to starting our own language server), and contain no eval, new Function or string timer.
// Two views of the same bundles: esbuild's metafile says which module requires what; the text of dist/*.js
// (what the .vsix ships) is scanned for the dynamic forms a metafile cannot see.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repositoryRoot } from '../helpers/parser';
import { BundleInputs, NodeBundle, bundleInputs } from './bundleInputs';

/** Built-ins that run code or processes, load native code, or reach the network. */
const FORBIDDEN = [
  'child_process', 'cluster', 'worker_threads', 'vm', 'module', 'inspector', 'repl', 'wasi',
  'net', 'http', 'https', 'http2', 'dgram', 'tls', 'dns',
];

const LANGUAGE_SERVER_FILES = 'node_modules/vscode-languageserver/lib/node/files.js';
const LANGUAGE_SERVER_MAIN = 'node_modules/vscode-languageserver/lib/node/main.js';
const JSONRPC_MAIN = 'node_modules/vscode-jsonrpc/lib/node/main.js';

/** The exceptions, by bundle: built-in → exactly the modules allowed to require it. Each is explained and proved below. */
const ALLOWED: Record<NodeBundle, Record<string, string[]>> = {
  // Files.resolve*, helpers for finding globally installed npm modules; the server never calls them (proved below).
  // net: vscode-jsonrpc's socket and named-pipe transports; our client starts the server with --node-ipc (proved below).
  server: { child_process: [LANGUAGE_SERVER_FILES], net: [JSONRPC_MAIN] },
  cli: {},
  // The language client starts dist/server.js (fork) and stops it; that is its job.
  client: {
    child_process: ['node_modules/vscode-languageclient/lib/node/main.js', 'node_modules/vscode-languageclient/lib/node/processes.js'],
    net: [JSONRPC_MAIN],
  },
};

describe('no code execution in the shipped bundles', function () {
  this.timeout(60_000);
  const inputs = new Map<NodeBundle, BundleInputs>();
  before(async () => {
    for (const bundle of ['server', 'cli', 'client'] as const) inputs.set(bundle, await bundleInputs(bundle));
  });

  for (const bundle of ['server', 'cli', 'client'] as const) {
    it(`the ${bundle} requires no built-in that runs code or reaches the network, beyond its explained exceptions`, () => {
      const { builtins, modules } = inputs.get(bundle)!;
      assert.ok(modules.length > 100 && builtins.has('path'), `the metafile lists the ${bundle}'s ${modules.length} modules and their built-ins`);
      const used = Object.fromEntries(FORBIDDEN.filter(name => builtins.has(name)).map(name => [name, [...builtins.get(name)!].sort()]));
      assert.deepStrictEqual(used, ALLOWED[bundle]);
    });
  }

  it('the server never calls the language-server library’s Files helpers, its only use of child_process', () => {
    const { importers, modules } = inputs.get('server')!;
    assert.deepStrictEqual(importers.get(LANGUAGE_SERVER_FILES), [LANGUAGE_SERVER_MAIN], 'only the library’s main module imports files.js');
    const main = fs.readFileSync(path.join(repositoryRoot, LANGUAGE_SERVER_MAIN), 'utf8');
    // main.js only re-exports them, as the Files namespace; nothing in the library calls them.
    assert.deepStrictEqual(main.match(/\bfm\.\w+/g), ['fm.uriToFilePath', 'fm.resolveGlobalNodePath', 'fm.resolveGlobalYarnPath', 'fm.resolve', 'fm.resolveModulePath']);
    const callers = modules.filter(file => file !== LANGUAGE_SERVER_FILES && file !== LANGUAGE_SERVER_MAIN)
      .filter(file => /\b(resolveGlobalNodePath|resolveGlobalYarnPath|resolveModulePath)\b|\bFiles\s*[.[]|\{[^}]*\bFiles\b[^}]*\}\s*=/.test(fs.readFileSync(path.join(repositoryRoot, file), 'utf8')));
    assert.deepStrictEqual(callers, []);
  });

  it('the client starts the server as a Node module over IPC, never a command, so no socket or pipe is opened', () => {
    const source = fs.readFileSync(path.join(repositoryRoot, 'client', 'src', 'languageClient.ts'), 'utf8');
    assert.strictEqual(source.match(/\{ module, transport: TransportKind\.ipc\b/g)?.length, 2, 'run and debug both fork dist/server.js over IPC');
    assert.doesNotMatch(source, /\bcommand\s*:|TransportKind\.(socket|pipe)/);
  });

  it('no bundle evaluates strings as code, except tree-sitter’s loader for code our grammar does not have', () => {
    const found: string[] = [];
    for (const bundle of ['server', 'cli', 'client', 'webview']) {
      const file = path.join(repositoryRoot, 'dist', `${bundle}.js`);
      assert.ok(fs.existsSync(file), `dist/${bundle}.js exists (run node esbuild.mjs)`);
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(DYNAMIC_CODE)) {
        const enclosing = /function (\w+)\(/.exec(text.slice(text.lastIndexOf('function ', match.index)))?.[1];
        if (!(match[0].startsWith('eval') && EMSCRIPTEN_LOADERS.includes(enclosing ?? ''))) found.push(`dist/${bundle}.js: ${match[0]} in ${enclosing}`);
      }
    }
    assert.deepStrictEqual(found, []);
  });

  it('the grammar the server and the command line load has no embedded JavaScript for that loader to evaluate', () => {
    // Emscripten's side-module loader evals a module's EM_ASM/EM_JS snippets, found through these exports.
    for (const wasm of ['tree-sitter-python.wasm', 'web-tree-sitter.wasm']) {
      const exported = wasmExports(fs.readFileSync(path.join(repositoryRoot, 'dist', wasm)));
      assert.ok(exported.length > 0, `${wasm} exports something`);
      assert.deepStrictEqual(exported.filter(name => name === '__start_em_asm' || name.startsWith('__em_js__')), [], wasm);
    }
    // …and it is the only grammar ever loaded: the one beside the bundle.
    const sources = ['server/src/lsp/main.ts', 'server/src/cli/main.ts'].map(file => fs.readFileSync(path.join(repositoryRoot, file), 'utf8'));
    for (const source of sources) {
      const calls = source.match(/PythonParser\.load\([^)]*\)\)?/g) ?? [];
      assert.ok(calls.length > 0);
      for (const call of calls) assert.strictEqual(call, 'PythonParser.load(grammarFilesIn(__dirname))');
    }
    const parser = fs.readFileSync(path.join(repositoryRoot, 'server/src/parsing/pythonParser.ts'), 'utf8');
    assert.deepStrictEqual(parser.match(/Language\.load\((?:[^()]|\([^()]*\))*\)/g), ['Language.load(fs.readFileSync(files.pythonWasm))']);
  });
});

/**
 * The forms that turn a string into code: eval as a value (called, or aliased for an indirect call; not the
 * string "eval" nor an alternative in a regular expression), the Function constructor, a require or import() of a computed name, a timer given a string.
 */
const DYNAMIC_CODE = /(?<![\w$.'"`|])eval(?![\w$'"`])|\bnew\s+Function\b|(?<![\w$.])Function\s*\(|(?<![\w$.])(require|import)\s*\(\s*[^'"\s)]|(?<![\w$.])set(Timeout|Interval|Immediate)\s*\(\s*['"`]/g;

/** web-tree-sitter's Emscripten runtime: they eval the EM_ASM and EM_JS snippets of a loaded wasm side module. */
const EMSCRIPTEN_LOADERS = ['addEmAsm', 'addEmJs'];

/** The names a wasm module exports (Node's WebAssembly global; the tsconfig has no DOM types that declare it). */
function wasmExports(bytes: Uint8Array): string[] {
  type Wasm = { Module: { new (bytes: Uint8Array): object; exports(module: object): { name: string }[] } };
  const { Module } = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;
  return Module.exports(new Module(bytes)).map(e => e.name);
}
