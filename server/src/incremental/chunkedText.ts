// A Python file as a sequence of chunks, each a top-level statement that starts a line (with any statements
// sharing its line after `;`, and the comments and blank lines after it). An edit re-parses only the chunks it
// touches, so typing in a 10,000-line file costs the parse of one statement rather than of the file.
//
// Chunks compose: top-level statements that each parse cleanly and start at column 0 parse the same way on their
// own as in the file. The few texts that reach across a boundary (an indented line or `else:` that continues the
// statement above, a decorator or a backslash that continues into the one below, a missing final newline) make
// the edited region take in its neighbour before it is parsed. While any chunk has a syntax error, how the file
// splits depends on the parser's error recovery over the whole text, so the file is then parsed whole: the
// chunks are always the ones a fresh parse of the same text gives.
import type { Node, Tree } from 'web-tree-sitter';
import type { Position } from '../parsing/lineIndex';
import { LineIndex } from '../parsing/lineIndex';
import type { PythonParser } from '../parsing/pythonParser';
import { reparse } from '../parsing/reparse';
import { ChunkFacts, chunkFacts } from './chunkFacts';
import { Lru } from './lru';

export interface Chunk {
  readonly text: string;
  readonly facts: ChunkFacts;
  /** Line breaks in the text, counted as the protocol counts them (\n, \r\n, \r). */
  readonly lineBreaks: number;
}

/** An edit in protocol positions: replace `range` with `text` (no range: the whole text). */
export interface ChunkEdit {
  readonly range?: { readonly start: Position; readonly end: Position };
  readonly text: string;
}

/**
 * Trees of the chunks edited last, by text: the next keystroke in the same statement re-parses from its tree.
 * Few, and shared by all files, since trees live in wasm memory (freed when forgotten).
 */
const recentTrees = new Lru<string, Tree>(8, tree => tree.delete());

export class ChunkedText {
  private chunkList: Chunk[] = [];
  /** Where each chunk starts; built on demand, then kept up to date by edits (new arrays: callers may hold the old). */
  private startLines: number[] | undefined;
  private startOffsets: number[] | undefined;
  /** How many chunks have a syntax error (0 but while the file has one): counted, not looked for, at each edit. */
  private unclean = 0;
  /**
   * A file is parsed whole while it has a syntax error (see the top). Chunks the caller made (a notebook's cells,
   * each chunked on its own) stay as they were made: the caller replaces them, and no edit reaches past them.
   */
  private readonly wholeOnError: boolean;

  /** A file's text, chunked here; or chunks made by the caller (a notebook's cells, each chunked on its own). */
  constructor(private readonly parser: PythonParser, content: string | readonly Chunk[]) {
    this.wholeOnError = typeof content === 'string';
    this.replaceAll(typeof content === 'string' ? initialChunks(parser, content) : [...content]);
  }

  get chunks(): readonly Chunk[] {
    return this.chunkList;
  }

  get text(): string {
    return this.chunkList.map(chunk => chunk.text).join('');
  }

  /** The text's length, without joining it. */
  get length(): number {
    const last = this.chunkList.length - 1;
    return this.offsets[last] + this.chunkList[last].text.length;
  }

  /** The line each chunk starts on. */
  get lines(): readonly number[] {
    this.startLines ??= prefixSums(this.chunkList.map(chunk => chunk.lineBreaks));
    return this.startLines;
  }

  /** The offset each chunk starts at. */
  get offsets(): readonly number[] {
    this.startOffsets ??= prefixSums(this.chunkList.map(chunk => chunk.text.length));
    return this.startOffsets;
  }

  /** The chunk that holds `line` (the last chunk for lines past the end). */
  chunkAtLine(line: number): number {
    return lastAtOrBefore(this.lines, line);
  }

  /** Applies the edits in order; returns the indexes of the chunks that are new (changed) afterwards. */
  applyEdits(edits: readonly ChunkEdit[]): Set<number> {
    let changed = new Set<number>();
    for (const edit of edits) {
      if (!edit.range) {
        this.replaceAll(initialChunks(this.parser, edit.text));
        changed = new Set(this.chunkList.keys());
      } else {
        changed = this.applyEdit(edit.range, edit.text, changed);
      }
    }
    return changed;
  }

  private replaceAll(chunks: Chunk[]): void {
    this.chunkList = chunks;
    this.startLines = this.startOffsets = undefined;
    this.unclean = countUnclean(chunks);
  }

  /** `replacement` took the place of `removed` at `first`: the chunks after it move by as much as it differs. */
  private moveStarts(first: number, removed: readonly Chunk[], replacement: readonly Chunk[]): void {
    const moved = (starts: number[] | undefined, size: (chunk: Chunk) => number) => {
      // Not built yet, or chunks added at the end (a new last cell): built from the chunks when asked for.
      if (!starts || first >= starts.length) return undefined;
      const replaced: number[] = [];
      let end = starts[first];
      for (const chunk of replacement) {
        replaced.push(end);
        end += size(chunk);
      }
      const shift = end - removed.reduce((oldEnd, chunk) => oldEnd + size(chunk), starts[first]);
      // Typing within a line moves no line start: the same array serves (most keystrokes).
      if (shift === 0 && replaced.length === removed.length && replaced.every((start, i) => start === starts[first + i])) return starts;
      // One array filled in place: spreading slices made four copies of ~1,000 starts at every keystroke.
      const after = first + removed.length;
      const moved = new Array<number>(starts.length - removed.length + replaced.length);
      for (let i = 0; i < first; i++) moved[i] = starts[i];
      for (let i = 0; i < replaced.length; i++) moved[first + i] = replaced[i];
      for (let i = after; i < starts.length; i++) moved[i - after + first + replaced.length] = starts[i] + shift;
      return moved;
    };
    this.startLines = moved(this.startLines, chunk => chunk.lineBreaks);
    this.startOffsets = moved(this.startOffsets, chunk => chunk.text.length);
  }

  /**
   * A single edit's new text for the one chunk it changes, when that text stands on its own as a chunk's text (it
   * takes in no neighbour) and the file has no syntax error: the caller may parse it in a larger text (its slice)
   * and give the chunk back through replaceChunks. Undefined for any other edit.
   */
  editedChunk(edit: ChunkEdit): { index: number; text: string } | undefined {
    if (!edit.range || this.unclean > 0) return undefined;
    const region = this.editedRegion(edit.range, edit.text);
    return region.first === region.through ? { index: region.first, text: region.text } : undefined;
  }

  /**
   * `count` chunks from `first` replaced by `chunks` the caller made (the text editedChunk gave, which must be
   * clean, or a notebook cell's); returns the changed indexes.
   */
  replaceChunks(first: number, count: number, chunks: readonly Chunk[]): Set<number> {
    if (this.wholeOnError && chunks.some(chunk => !chunk.facts.clean)) throw new Error('replaceChunks takes clean chunks');
    return this.splice(first, first + count - 1, chunks, new Set());
  }

  private applyEdit(given: { start: Position; end: Position }, text: string, changedBefore: Set<number>): Set<number> {
    const { first, through, before, text: regionText } = this.editedRegion(given, text);
    // Typing in one statement: its tree from the last edit is re-used (kept for a few recently edited chunks).
    const previousTree = first === through ? recentTrees.get(before) : undefined;
    const tree = previousTree ? reparse(this.parser, { text: before, tree: previousTree }, regionText) : this.parser.parse(regionText);
    const replacement = chunksOfTree(tree, regionText);
    if (replacement.length === 1 && replacement[0].text === regionText) recentTrees.set(regionText, tree);
    else tree.delete();
    return this.splice(first, through, replacement, changedBefore);
  }

  /**
   * The chunks first…through an edit changes, their text before it, and the text that replaces them: the edited
   * chunks and the neighbours it takes in until the region starts and ends where statements do.
   */
  private editedRegion(given: { start: Position; end: Position }, text: string): { first: number; through: number; before: string; text: string } {
    const range = possibleRange(given);
    const last = this.chunkList.length - 1;
    let first = this.chunkAtLine(range.start.line);
    let through = this.chunkAtLine(range.end.line);
    // An end at the very start of a chunk leaves that chunk untouched.
    if (through > first && range.end.line === this.lines[through] && range.end.character === 0) through--;
    const before = this.chunkList.slice(first, through + 1).map(chunk => chunk.text).join('');
    const lines = new LineIndex(before);
    const local = (position: Position) => lines.offsetAt({ line: position.line - this.lines[first], character: position.character });
    let regionText = before.slice(0, local(range.start)) + text + before.slice(local(range.end));
    for (;;) {
      // Comments and blank lines alone belong to the chunk above (or, at the file's start, the one below).
      const noCode = firstCodeLine(regionText) === undefined;
      if (first > 0 && (noCode || continuesStatementAbove(regionText))) regionText = this.chunkList[--first].text + regionText;
      else if (through < last && (noCode || continuesIntoStatementBelow(regionText))) regionText += this.chunkList[++through].text;
      else break;
    }
    return { first, through, before, text: regionText };
  }

  /** `replacement` takes the place of chunks first…through; returns the changed indexes, `changedBefore`'s moved. */
  private splice(first: number, through: number, replacement: readonly Chunk[], changedBefore: Set<number>): Set<number> {
    const removed = this.chunkList.splice(first, through - first + 1, ...replacement);
    this.unclean += countUnclean(replacement) - countUnclean(removed);
    if (this.unclean > 0 && this.wholeOnError) {
      this.replaceAll(chunksOf(this.parser, this.text));
      return new Set(this.chunkList.keys());
    }
    this.moveStarts(first, removed, replacement);
    const shift = replacement.length - removed.length;
    const changed = new Set<number>();
    for (const index of changedBefore) {
      if (index < first) changed.add(index);
      else if (index > through) changed.add(index + shift);
    }
    for (let i = 0; i < replacement.length; i++) changed.add(first + i);
    return changed;
  }
}

/**
 * Above this many characters, or pieces, that do not yet parse on their own, the file is parsed whole: each
 * piece re-parses what is pending, so a syntax error early in a file would otherwise cost a parse per line.
 */
const MAX_PENDING = 64 * 1024;
const MAX_PENDING_PIECES = 16;

/**
 * A file's chunks, found by parsing it piece by piece: each piece runs from a line that may start a statement
 * to the next such line, and pieces that do not parse on their own (a string or brackets spanning lines) are
 * joined with the next. No tree of the whole file is built, so a large file's first analysis needs little wasm
 * memory. A file with a syntax error is parsed whole, as a fresh parse would split it.
 */
export function initialChunks(parser: PythonParser, text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let pending = '';
  let pendingPieces = 0;
  for (const piece of candidatePieces(text)) {
    pending += piece;
    pendingPieces++;
    // Comments and blank lines belong to the chunk of the statement that follows (or, at the end, precedes).
    if (continuesIntoStatementBelow(pending) || firstCodeLine(pending) === undefined) continue;
    const parsed = chunksOf(parser, pending);
    if (parsed.every(chunk => chunk.facts.clean)) {
      chunks.push(...parsed);
      pending = '';
      pendingPieces = 0;
    } else if (pending.length > MAX_PENDING || pendingPieces > MAX_PENDING_PIECES) {
      return chunksOf(parser, text);
    }
  }
  if (pending && firstCodeLine(pending) === undefined && chunks.length) {
    pending = chunks.pop()!.text + pending;
  }
  if (pending) {
    const parsed = chunksOf(parser, pending);
    if (!parsed.every(chunk => chunk.facts.clean)) return chunksOf(parser, text);
    chunks.push(...parsed);
  }
  return chunks.length ? chunks : chunksOf(parser, text);
}

/** The text cut before every line that starts at column 0 with something that may begin a statement. */
function candidatePieces(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  // A lone \r ends a line for the protocol, not for tree-sitter-python: no statement starts after one.
  const lineStart = /\r?\n/g;
  for (let match = lineStart.exec(text); match; match = lineStart.exec(text)) {
    const next = match.index + match[0].length;
    if (next < text.length && mayStartStatement(text, next) && next > start) {
      pieces.push(text.slice(start, next));
      start = next;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

function mayStartStatement(text: string, offset: number): boolean {
  // Whitespace the grammar skips (a BOM, a no-break space) puts what follows past column 0.
  return /[A-Za-z_@'"(\[{.\d\u0080-\uffff-]/.test(text[offset]) && !/\s/.test(text[offset]) && !/^(?:else|elif|except|finally)\b/.test(text.slice(offset, offset + 8));
}

/** Splits a text into chunks: one per top-level statement that starts a line, found by one parse. */
export function chunksOf(parser: PythonParser, text: string): Chunk[] {
  const tree = parser.parse(text);
  try {
    return chunksOfTree(tree, text);
  } finally {
    tree.delete();
  }
}

/** The chunks of `text`, from its tree. */
export function chunksOfTree(tree: Tree, text: string): Chunk[] {
  const statements: Node[][] = [];
  const starts: number[] = [];
  for (const node of tree.rootNode.namedChildren) {
    if (!node || node.type === 'comment') continue;
    if (statements.length === 0 || node.startPosition.column === 0) {
      statements.push([node]);
      starts.push(node.startIndex);
    } else {
      statements[statements.length - 1].push(node);
    }
  }
  if (statements.length === 0) return [{ text, facts: chunkFacts(tree.rootNode, text, [[]], [{ start: 0, end: text.length }])[0], lineBreaks: lineBreaks(text) }];
  // The first chunk takes in what comes before its statement (comments, blank lines); each chunk runs to the
  // next one's start.
  starts[0] = 0;
  const ranges = starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : text.length }));
  const facts = chunkFacts(tree.rootNode, text, statements, ranges);
  return ranges.map(({ start, end }, i) => {
    const chunkText = text.slice(start, end);
    return { text: chunkText, facts: facts[i], lineBreaks: lineBreaks(chunkText) };
  });
}

/**
 * The chunk that `text`[start, end) is, read from `tree`, a clean parse of a text made of whole chunks (a slice):
 * chunks parse the same way inside such a text as on their own. Undefined unless the span holds exactly one
 * chunk: one statement starting it at column 0 (with any that share its line), none reaching out of it. Only the
 * file's first chunk may start with comments, which otherwise belong to the chunk before.
 */
export function chunkInTree(tree: Tree, text: string, start: number, end: number, firstOfFile: boolean): Chunk | undefined {
  if (tree.rootNode.hasError) return undefined;
  const statements: Node[] = [];
  for (const node of tree.rootNode.namedChildren) {
    if (!node || node.type === 'comment' || node.endIndex <= start) continue;
    if (node.startIndex >= end) break;
    if (node.startIndex < start || node.endIndex > end) return undefined;
    if ((node.startPosition.column === 0) !== (statements.length === 0)) return undefined;
    statements.push(node);
  }
  if (statements.length === 0 || (!firstOfFile && statements[0].startIndex !== start)) return undefined;
  const chunkText = text.slice(start, end);
  return { text: chunkText, facts: chunkFacts(tree.rootNode, text, [statements], [{ start, end }])[0], lineBreaks: lineBreaks(chunkText) };
}

/**
 * A range a client could mean: negative numbers read as 0, and an end before the start as the start (an
 * insertion), as for a document's tree (SourceDocument). Positions past the end are clamped by LineIndex.
 */
function possibleRange({ start, end }: { start: Position; end: Position }): { start: Position; end: Position } {
  const clamp = (p: Position) => ({ line: Math.max(0, p.line), character: Math.max(0, p.character) });
  const from = clamp(start);
  const to = clamp(end);
  const endsBefore = to.line < from.line || (to.line === from.line && to.character < from.character);
  return { start: from, end: endsBefore ? from : to };
}

/** The first line of code is indented, or is a clause (`else:`, `except …:`) of the statement above it. */
function continuesStatementAbove(text: string): boolean {
  const line = firstCodeLine(text);
  return line !== undefined && (/^[ \t\f]/.test(line) || /^(?:else|elif|except|finally)\b/.test(line));
}

/** The text stops mid-line, or its last line of code is a decorator or ends in a backslash continuation. */
function continuesIntoStatementBelow(text: string): boolean {
  if (!/[\r\n]$/.test(text)) return true;
  const line = lastCodeLine(text);
  return line !== undefined && (/^@/.test(line) || /\\\r?\n?$/.test(line));
}

const CODE_LINE = /^(?![ \t\f]*(?:#|$))/;

/** At a line's start: the line holds code (it is neither blank nor a comment). */
const CODE_LINE_AT = /(?![ \t\f]*(?:#|\r|\n|$))/y;

/** Line by line without splitting: the edited chunk's region is checked at every keystroke. */
function firstCodeLine(text: string): string | undefined {
  for (let start = 0; start <= text.length;) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    CODE_LINE_AT.lastIndex = start;
    if (CODE_LINE_AT.test(text)) return text.slice(start, end);
    if (end === text.length) return undefined;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return undefined;
}

function lastCodeLine(text: string): string | undefined {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  for (let i = lines.length - 1; i >= 0; i--) if (CODE_LINE.test(lines[i].replace(/[\r\n]+$/, ''))) return lines[i];
  return undefined;
}

/** Line breaks in a text, counted as the protocol counts them (\n, \r\n, \r). */
export function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

function countUnclean(chunks: readonly Chunk[]): number {
  let count = 0;
  for (const chunk of chunks) if (!chunk.facts.clean) count++;
  return count;
}

function prefixSums(values: readonly number[]): number[] {
  const sums = new Array<number>(values.length);
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    sums[i] = total;
    total += values[i];
  }
  return sums;
}

/** The index of the last entry ≤ value in an ascending array (0 when none is). */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle] <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
