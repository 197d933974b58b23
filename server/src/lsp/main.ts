// dist/server.js: the language server. VS Code starts it over Node IPC; other editors run
// `node dist/server.js --stdio`. The tree-sitter wasm files sit next to this bundle.
import { inspect } from 'util';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { grammarFilesIn, PythonParser } from '../parsing/pythonParser';
import { LabelSmoothingServer } from './labelSmoothingServer';
import { stdioTransport } from './stdioTransport';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

if (!process.argv.some(argument => TRANSPORTS.some(transport => argument.startsWith(transport)))) {
  process.stderr.write('Label Smoothing Lab language server.\nUsage: node server.js --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n');
  process.exit(2);
}

// Over stdio, each message goes out in one write (stdioTransport.ts). stdout is then the protocol's alone:
// anything printed with console goes to stderr, which clients show as the server's log.
const stdio = process.argv.includes('--stdio');
if (stdio) {
  const toStderr = (...args: unknown[]) => void process.stderr.write(`${args.map(arg => (typeof arg === 'string' ? arg : inspect(arg))).join(' ')}\n`);
  console.log = console.info = console.debug = console.warn = console.error = toStderr;
}
const connection = stdio ? createConnection(ProposedFeatures.all, ...stdioTransport()) : createConnection(ProposedFeatures.all);
// A bug must cost one answer, not the server: log it to the client's output and keep serving.
process.on('uncaughtException', error => connection.console.error(`uncaught: ${error.stack ?? error}`));
process.on('unhandledRejection', reason => connection.console.error(`unhandled rejection: ${String(reason)}`));
new LabelSmoothingServer(connection, () => PythonParser.load(grammarFilesIn(__dirname))).listen();
