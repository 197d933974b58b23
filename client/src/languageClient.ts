// How the client reaches the language server: the bundled dist/server.js, over Node IPC, for Python files
// and the Python cells of Jupyter notebooks, on any scheme (virtual workspaces included).
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/serverNodeFlags';

export const clientId = 'labelSmoothing';   // also the prefix of `labelSmoothing.trace.server`

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'python' }],
    // Notebook cells are synchronised as notebooks (the server asks for them), so that a cell sees the
    // imports and constants of the other cells.
    synchronize: { configurationSection: 'labelSmoothing' },
  };
  return new LanguageClient(clientId, 'Label Smoothing Lab', serverOptions, clientOptions);
}
