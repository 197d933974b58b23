// The analysis core under test loads its grammar from node_modules (the bundles load theirs from dist/).
import * as path from 'path';
import { GrammarFiles, PythonParser } from '../../server/src/parsing/pythonParser';
import { SourceDocument } from '../../server/src/parsing/sourceDocument';
import { Program } from '../../server/src/analysis/program';

export const repositoryRoot = path.resolve(__dirname, '..', '..', '..');

function installedGrammarFiles(): GrammarFiles {
  return {
    runtimeWasm: require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
    pythonWasm: path.join(path.dirname(require.resolve('tree-sitter-python/package.json')), 'tree-sitter-python.wasm'),
  };
}

let parser: Promise<PythonParser> | undefined;

export function testParser(): Promise<PythonParser> {
  parser ??= PythonParser.load(installedGrammarFiles());
  return parser;
}

/** A program of one file, or of several notebook cells when given several texts. */
export async function programOf(...texts: string[]): Promise<Program> {
  const p = await testParser();
  const kind = texts.length > 1 ? 'notebookCell' : 'file';
  return new Program(texts.map(text => SourceDocument.parse(p, text, kind)));
}

/** Strips a common indentation, so tests can write Python inline. */
export function python(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(...text.split('\n').filter(line => line.trim()).map(line => /^ */.exec(line)![0].length));
  return text.split('\n').map(line => line.slice(indent)).join('\n');
}
