// Loads tree-sitter (a wasm runtime) and the Python grammar once per process. Callers say where the two
// wasm files are: next to the bundle in dist/, or in node_modules when tests run from compiled sources.
import { Language, Parser, Tree } from 'web-tree-sitter';
import * as fs from 'fs';
import * as path from 'path';

export interface GrammarFiles {
  /** web-tree-sitter's runtime, `web-tree-sitter.wasm`. */
  readonly runtimeWasm: string;
  /** The Python grammar, `tree-sitter-python.wasm` (see grammars/README.md for its provenance). */
  readonly pythonWasm: string;
}

/** The layout the build produces: both wasm files beside the bundled script. */
export function grammarFilesIn(directory: string): GrammarFiles {
  return {
    runtimeWasm: path.join(directory, 'web-tree-sitter.wasm'),
    pythonWasm: path.join(directory, 'tree-sitter-python.wasm'),
  };
}

let runtimeReady: Promise<void> | undefined;

export class PythonParser {
  private constructor(private readonly parser: Parser) {}

  static async load(files: GrammarFiles): Promise<PythonParser> {
    runtimeReady ??= Parser.init({ locateFile: () => files.runtimeWasm });
    await runtimeReady;
    // Given the bytes: given a path, web-tree-sitter reads it through `await import('fs/promises')`, and that one
    // dynamic import starts Node's ES module loader, a tenth of a small file's whole check.
    const language = await Language.load(fs.readFileSync(files.pythonWasm));
    const parser = new Parser();
    parser.setLanguage(language);
    return new PythonParser(parser);
  }

  /** Parses `text`; with `previous` (already `edit`ed to match), re-uses its unchanged subtrees. */
  parse(text: string, previous?: Tree): Tree {
    const tree = this.parser.parse(text, previous ?? null);
    // parse() returns null only when cancelled or timed out; we set neither, so this is a broken runtime.
    if (!tree) throw new Error('tree-sitter returned no tree');
    return tree;
  }
}
