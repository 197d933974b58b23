// dist/server.js: the language server. VS Code starts it over Node IPC; other editors run
// `node dist/server.js --stdio`. The tree-sitter wasm files sit next to this bundle.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { grammarFilesIn, PythonParser } from '../parsing/pythonParser';
import { LabelSmoothingServer } from './labelSmoothingServer';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

if (!process.argv.some(argument => TRANSPORTS.some(transport => argument.startsWith(transport)))) {
  process.stderr.write('Label Smoothing Lab language server.\nUsage: node server.js --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
// A bug must cost one answer, not the server: log it to the client's output and keep serving.
process.on('uncaughtException', error => connection.console.error(`uncaught: ${error.stack ?? error}`));
process.on('unhandledRejection', reason => connection.console.error(`unhandled rejection: ${String(reason)}`));
new LabelSmoothingServer(connection, () => PythonParser.load(grammarFilesIn(__dirname))).listen();
