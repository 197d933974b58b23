// One parsed Python source: a file or a notebook cell. It owns its tree-sitter tree, keeps it in step with
// edits (tree.edit + an incremental re-parse), and must be disposed, because wasm memory is not collected.
import { Edit, Node, Tree } from 'web-tree-sitter';
import { LineIndex, Position, Range } from './lineIndex';
import { maskIPythonMagics } from './ipythonMagics';
import { PythonParser } from './pythonParser';
import { reparse } from './reparse';
import { advancePoint, pointAt } from './treePoints';

export type SourceKind = 'file' | 'notebookCell';

/** An LSP-style change: replace `range` with `text`, or the whole text when there is no range. */
export interface TextChange {
  readonly range?: Range;
  readonly text: string;
}

export class SourceDocument {
  private lineIndex: LineIndex | undefined;
  /** Whether the last parse masked IPython magics (see applyChanges). */
  private hadMagics: boolean;

  private constructor(
    private readonly parser: PythonParser,
    readonly kind: SourceKind,
    private currentText: string,
    private currentTree: Tree,
  ) {
    this.hadMagics = parseableText(currentText, kind) !== currentText;
  }

  /**
   * Parses `text`; with `previous` (a file's earlier version, which stays as it is), re-uses its tree where the
   * two texts agree.
   */
  static parse(parser: PythonParser, text: string, kind: SourceKind = 'file', previous?: SourceDocument): SourceDocument {
    const tree = previous && kind === 'file' && previous.kind === 'file'
      ? reparse(parser, { text: previous.currentText, tree: previous.currentTree }, text)
      : parser.parse(parseableText(text, kind));
    return new SourceDocument(parser, kind, text, tree);
  }

  get text(): string {
    return this.currentText;
  }

  get tree(): Tree {
    return this.currentTree;
  }

  get root(): Node {
    return this.currentTree.rootNode;
  }

  get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.currentText);
    return this.lineIndex;
  }

  rangeOf(node: Node): Range {
    return { start: this.lines.positionAt(node.startIndex), end: this.lines.positionAt(node.endIndex) };
  }

  offsetAt(position: Position): number {
    return this.lines.offsetAt(position);
  }

  /** Applies changes in order (each relative to the text the previous one left), then re-parses once. */
  applyChanges(changes: readonly TextChange[]): void {
    for (const change of changes) {
      if (!change.range) {
        this.replaceAll(change.text);
        continue;
      }
      const start = this.lines.offsetAt(change.range.start);
      const oldEnd = Math.max(start, this.lines.offsetAt(change.range.end));
      const text = this.currentText;
      this.currentTree.edit(new Edit({
        startIndex: start,
        oldEndIndex: oldEnd,
        newEndIndex: start + change.text.length,
        startPosition: pointAt(text, start),
        oldEndPosition: pointAt(text, oldEnd),
        newEndPosition: advancePoint(pointAt(text, start), change.text),
      }));
      this.currentText = text.slice(0, start) + change.text + text.slice(oldEnd);
      this.lineIndex = undefined;
    }
    const previous = this.currentTree;
    const parseable = parseableText(this.currentText, this.kind);
    // Masking can change characters outside the edited range (a line joined onto a magic's line), which an
    // incremental parse would not re-read; cells with magics are small, so they are parsed afresh. So is a tree
    // with a syntax error: tree-sitter's re-parse of one can differ from a fresh parse (an unterminated string
    // then a line continuation, found by the fuzzer), and the analysis must see what a fresh open would.
    const reuse = parseable === this.currentText && !this.hadMagics && !previous.rootNode.hasError;
    this.currentTree = this.parser.parse(parseable, reuse ? previous : undefined);
    this.hadMagics = parseable !== this.currentText;
    previous.delete();
  }

  dispose(): void {
    this.currentTree.delete();
  }

  private replaceAll(text: string): void {
    // A full replacement shares nothing with the old tree: mark the whole old text as replaced.
    const old = this.currentText;
    this.currentTree.edit(new Edit({
      startIndex: 0,
      oldEndIndex: old.length,
      newEndIndex: text.length,
      startPosition: { row: 0, column: 0 },
      oldEndPosition: pointAt(old, old.length),
      newEndPosition: advancePoint({ row: 0, column: 0 }, text),
    }));
    this.currentText = text;
    this.lineIndex = undefined;
  }
}

function parseableText(text: string, kind: SourceKind): string {
  return kind === 'notebookCell' ? maskIPythonMagics(text) : text;
}
