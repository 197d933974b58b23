// The floor for `check`: a process that only loads the grammar and parses every file given, with the same
// web-tree-sitter parser and wasm files the command line uses (dist/), then exits. `check` cannot beat it.
import * as fs from 'fs';
import * as path from 'path';
import { grammarFilesIn, PythonParser } from '../server/src/parsing/pythonParser';

async function main(): Promise<void> {
  const parser = await PythonParser.load(grammarFilesIn(path.resolve(__dirname, '..', '..', 'dist')));
  for (const file of process.argv.slice(2)) parser.parse(fs.readFileSync(file, 'utf8')).delete();
}

void main();
