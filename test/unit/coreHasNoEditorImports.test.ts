import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repositoryRoot } from '../helpers/parser';

// The analysis core serves the server, the command line and the tests alike, so it may depend on neither
// VS Code nor the language-server protocol. Only server/src/lsp speaks the protocol: every other folder is core,
// so a new one is covered the day it is made.
const CORE_FOLDERS = fs.readdirSync(path.join(repositoryRoot, 'server', 'src'), { withFileTypes: true })
  .filter(entry => entry.isDirectory() && entry.name !== 'lsp').map(entry => entry.name);

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? sourceFiles(path.join(directory, entry.name))
      : entry.name.endsWith('.ts') ? [path.join(directory, entry.name)] : []);
}

describe('the analysis core', () => {
  it('imports neither vscode nor the language-server protocol', () => {
    const files = CORE_FOLDERS.flatMap(folder => sourceFiles(path.join(repositoryRoot, 'server', 'src', folder)));
    assert.ok(files.length > 10, 'the core folders were found');
    const offenders = files.filter(file =>
      /from '(vscode|vscode-languageserver[^']*|vscode-languageclient[^']*)'/.test(fs.readFileSync(file, 'utf8')));
    assert.deepStrictEqual(offenders.map(file => path.relative(repositoryRoot, file)), []);
  });
});
