// The challenge panel's webview builds its DOM from text with createElement and textContent only. An HTML
// sink anywhere in its source would be a way for challenge text to become markup, so none may appear.
// The session and the protocol run in the tests and the webview too, so they may not import vscode.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repositoryRoot } from '../helpers/parser';

const SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|eval\s*\(|new Function|setAttribute\(\s*['"](on|style|href|src))/;

function sources(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? sources(path.join(directory, entry.name)) : entry.name.endsWith('.ts') ? [path.join(directory, entry.name)] : []);
}

describe('the challenge panel’s sources', () => {
  it('has no HTML sinks', () => {
    const files = sources(path.join(repositoryRoot, 'client', 'webview'));
    assert.ok(files.some(file => file.endsWith('markdown.ts')), 'the webview sources were found');
    const offenders = files.flatMap(file => fs.readFileSync(file, 'utf8').split('\n')
      .map((line, i) => ({ line, at: `${path.relative(repositoryRoot, file)}:${i + 1}` }))
      .filter(({ line }) => !line.trim().startsWith('//') && SINKS.test(line))
      .map(({ line, at }) => `${at}: ${line.trim()}`));
    assert.deepStrictEqual(offenders, []);
  });

  it('keep vscode out of the session, the protocol and the page', () => {
    const challenges = path.join(repositoryRoot, 'client', 'src', 'challenges');
    const files = [
      ...sources(path.join(challenges, 'session')),
      ...['protocol.ts', 'checks.ts', 'panelHtml.ts', 'learnContent.ts'].map(name => path.join(challenges, name)),
      ...sources(path.join(repositoryRoot, 'client', 'webview')),
    ];
    assert.ok(files.length > 20, 'the sources were found');
    const offenders = files.filter(file => /from '(vscode|vscode-languageclient[^']*)'/.test(fs.readFileSync(file, 'utf8')));
    assert.deepStrictEqual(offenders.map(file => path.relative(repositoryRoot, file)), []);
  });
});
