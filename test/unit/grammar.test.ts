import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Language } from 'web-tree-sitter';
import { repositoryRoot, testParser } from '../helpers/parser';

const record = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'grammars', 'python.json'), 'utf8'));

function installedVersion(name: string): string {
  return JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
}

describe('grammars/python.json, the grammar provenance record', () => {
  it('names the versions that are installed and pinned', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8'));
    assert.strictEqual(installedVersion(record.package), record.version);
    assert.strictEqual(manifest.dependencies[record.package], record.version);
    assert.strictEqual(installedVersion(record.runtime.package), record.runtime.version);
    assert.strictEqual(manifest.dependencies[record.runtime.package], record.runtime.version);
  });

  it('states the ABI of the wasm that actually loads', async () => {
    await testParser();   // initialises the runtime
    const wasm = path.join(repositoryRoot, 'node_modules', record.package, record.file);
    const language = await Language.load(wasm);
    assert.strictEqual(language.abiVersion, record.abi);
  });
});
