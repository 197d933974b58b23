import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { repositoryRoot } from '../helpers/parser';
import { rules } from '../../server/src/rules/catalog';

/** The files `vsce package` would put into the .vsix, as `vsce ls` reports them from .vscodeignore. */
function packagedFiles(): string[] {
  const vsce = path.join(repositoryRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  return execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: repositoryRoot, encoding: 'utf8' })
    .split('\n').map(line => line.trim()).filter(Boolean).sort();
}

describe('the packaged extension (.vsix contents)', function () {
  this.timeout(30000);
  let files: string[];
  before(() => { files = packagedFiles(); });

  it('ships the bundles, both wasm files and the panel\'s stylesheet, and no sources, maps, tests or node_modules', () => {
    for (const bundle of ['client.js', 'server.js', 'cli.js', 'webview.js', 'web-tree-sitter.wasm', 'tree-sitter-python.wasm', 'panel.css']) {
      assert.ok(files.includes(`dist/${bundle}`), `dist/${bundle} is shipped`);
    }
    const unwanted = files.filter(file => /\.(ts|map)$|^(node_modules|test|server|examples|out)\//.test(file));
    assert.deepStrictEqual(unwanted, []);
  });

  it('ships every challenge folder\'s files, the challenges\' schema and mastery.json', () => {
    const challenges = path.join(repositoryRoot, 'challenges');
    const expected = ['README.md', 'schema.json', 'mastery.json', ...fs.readdirSync(challenges, { withFileTypes: true })
      .filter(entry => entry.isDirectory())
      .flatMap(entry => fs.readdirSync(path.join(challenges, entry.name)).map(file => `${entry.name}/${file}`))]
      .map(file => `challenges/${file}`);
    assert.ok(expected.length > 100, `${expected.length} files`);
    assert.deepStrictEqual(expected.filter(file => !files.includes(file)), []);
  });

  it('ships everything the manifest, the diagnostics and the README point to', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8'));
    const referenced = [
      manifest.main.replace(/^\.\//, ''),
      ...Object.values<string>(manifest.bin),
      ...manifest.contributes.viewsContainers.activitybar.map((container: { icon: string }) => container.icon),
      ...rules.map(rule => `docs/rules/${rule.metadata.name}.md`),
      ...[...fs.readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(m => m[1]),
      // The README's links to the top-level pages beside it (SECURITY.md).
      ...[...fs.readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8').matchAll(/\]\(([A-Z]+\.md)\)/g)].map(m => m[1]),
    ];
    assert.deepStrictEqual(referenced.filter(file => !files.includes(file)), []);
  });
});
