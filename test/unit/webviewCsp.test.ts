// Every webview the extension creates gets its page from panelHtml(), and that page's Content Security Policy
// passes the audit (cspAudit.ts). A new webview whose page comes from anywhere else fails here until it is
// made to use an audited page.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { panelHtml } from '../../client/src/challenges/panelHtml';
import { repositoryRoot } from '../helpers/parser';
import { auditCsp } from './cspAudit';

/** What webview.cspSource is in VS Code: its own resource origin. */
const CSP_SOURCE = "'self' https://*.vscode-cdn.net";
const page = () => panelHtml({
  cspSource: CSP_SOURCE,
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/panel.css',
});

interface Line { readonly at: string; readonly text: string }

function extensionSources(directory = path.join(repositoryRoot, 'client', 'src')): Line[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return extensionSources(file);
    if (!entry.name.endsWith('.ts')) return [];
    return fs.readFileSync(file, 'utf8').split('\n').map((text, i) => ({ at: `${path.relative(repositoryRoot, file)}:${i + 1}`, text }));
  });
}

describe('the webviews’ Content Security Policy', () => {
  it('every webview page the extension sets comes from panelHtml()', () => {
    const lines = extensionSources().filter(line => !line.text.trim().startsWith('//'));
    const pages = lines.filter(line => /\.html\s*=[^=]/.test(line.text));
    assert.ok(pages.length >= 1, 'the page assignments were found');
    assert.deepStrictEqual(pages.filter(line => !/\.html\s*=\s*panelHtml\(/.test(line.text)).map(line => `${line.at}: ${line.text.trim()}`), []);

    // Every place a webview's content is made (a view, a panel, a custom editor, a restored panel) sets such a page.
    const makers = lines.filter(line => /\b(resolveWebviewView|createWebviewPanel|resolveCustomTextEditor|resolveCustomEditor|deserializeWebviewPanel)\(/.test(line.text));
    const fileOf = (line: Line) => line.at.replace(/:\d+$/, '');
    assert.ok(makers.length >= 1, 'the webviews were found');
    const withPage = new Set(pages.map(fileOf));
    assert.deepStrictEqual(makers.filter(line => !withPage.has(fileOf(line))).map(line => `${line.at}: ${line.text.trim()}`), []);
    assert.deepStrictEqual(lines.filter(line => /\[\s*['"`]html['"`]\s*\]\s*=[^=]|Object\.assign\([^)]*webview/.test(line.text)).map(line => line.at), [], 'no page set another way');
  });

  it('no webview lets its content run commands', () => {
    assert.deepStrictEqual(extensionSources().filter(line => /enableCommandUris\s*:\s*true/.test(line.text)).map(line => line.at), []);
  });

  it('the panel’s page passes the audit: nothing by default, scripts by nonce only, nothing unsafe or remote', () => {
    const audit = auditCsp(page(), CSP_SOURCE);
    assert.deepStrictEqual(audit.problems, []);
    assert.ok(audit.nonce);
  });

  it('a fresh nonce for every page', () => {
    const nonces = Array.from({ length: 20 }, () => auditCsp(page(), CSP_SOURCE).nonce);
    assert.strictEqual(new Set(nonces).size, 20);
    for (const nonce of nonces) assert.strictEqual(Buffer.from(nonce!, 'base64').length, 16);
  });

  it('the audit rejects each way of weakening the page', () => {
    const html = page();
    const weakened: [string, (html: string) => string, RegExp][] = [
      ['unsafe-inline scripts', h => h.replace("script-src 'nonce-", "script-src 'unsafe-inline' 'nonce-"), /script-src must be a single nonce/],
      ['unsafe-eval', h => h.replace("style-src", "style-src 'unsafe-eval'"), /style-src allows 'unsafe-eval'/],
      ['a remote image', h => h.replace('img-src', 'img-src https://evil.example'), /img-src allows a source other than the extension's own: https:\/\/evil\.example/],
      ['any https', h => h.replace("default-src 'none'", "default-src 'none'; connect-src https:"), /connect-src is not a directive|connect-src allows a source/],
      ['no default', h => h.replace("default-src 'none'; ", ''), /default-src must be 'none', is missing/],
      ['no base-uri', h => h.replace("; base-uri 'none'", ''), /base-uri must be 'none'/],
      ['a short nonce', h => h.replace(/'nonce-[^']+'/, "'nonce-abc'"), /script-src must be a single nonce of at least 128 bits/],
      ['a script without the nonce', h => h.replace('</body>', '<script src="x.js"></script></body>'), /a script without the policy’s nonce/],
      ['an inline script', h => h.replace(/<script nonce="([^"]+)"[^>]*><\/script>/, '<script nonce="$1">run()</script>'), /an inline script/],
      ['an inline handler', h => h.replace('<div id="app">', '<div id="app" onclick="run()">'), /an inline event handler/],
      ['a second policy', h => h.replace('<meta name="viewport"', `<meta http-equiv="Content-Security-Policy" content="default-src *"><meta name="viewport"`), /declares 2 Content Security Policies/],
    ];
    for (const [what, weaken, expected] of weakened) {
      const changed = weaken(html);
      assert.notStrictEqual(changed, html, `${what}: the page was changed`);
      assert.match(auditCsp(changed, CSP_SOURCE).problems.join('\n'), expected, what);
    }
  });
});
