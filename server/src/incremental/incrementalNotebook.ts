// A notebook's code cells analysed slice by slice, as a file is (incrementalFile.ts): the cells, in order, make one
// text whose chunks are each cell's own top-level statements. An edit re-chunks the cells it changed, and only the
// slices whose text changed are linted again: typing in one cell of a long notebook costs what typing in one
// statement of a file does, instead of the whole notebook's evaluation.
//
// Cells are chunked one by one, so a statement never reaches from one cell into the next (Jupyter runs each cell
// on its own). While a cell has a syntax error, a slice's text could join it with the cell after it, where the
// notebook keeps them apart: the notebook is then analysed as one program of separately parsed cells, as before,
// and `file` is undefined until every cell parses.
import { maskIPythonMagics } from '../parsing/ipythonMagics';
import type { Position, Range } from '../parsing/lineIndex';
import type { PythonParser } from '../parsing/pythonParser';
import type { LintResult } from '../rules/lint';
import type { Finding } from '../rules/rule';
import { Chunk, chunksOf, lastAtOrBefore } from './chunkedText';
import { IncrementalFile } from './incrementalFile';

/** A cell as it takes part in the notebook's text. */
interface Cell {
  /** The cell's text as the client has it. */
  readonly text: string;
  readonly chunks: readonly Chunk[];
  /** Where the cell's text ends: positions and offsets past it (the line break added after it) are clamped. */
  readonly lastLine: number;
  readonly lastLineLength: number;
}

export class IncrementalNotebook {
  private cells: Cell[] = [];
  private analysed: IncrementalFile | undefined;
  /** Each cell's first chunk in the notebook's text; rebuilt at each update. */
  private firstChunks: number[] = [];
  /** The line each cell starts on in the notebook's text; built on demand after each update. */
  private firstLines: number[] | undefined;
  private mapped: { from: LintResult; to: LintResult } | undefined;

  constructor(private readonly parser: PythonParser) {}

  /** The analysis of the notebook's text; undefined while some cell has a syntax error (see the top). */
  get file(): IncrementalFile | undefined {
    return this.analysed;
  }

  /** Takes the code cells' current texts, in notebook order; only cells whose text changed are chunked again. */
  update(texts: readonly string[]): void {
    const old = this.cells;
    let first = 0;
    while (first < old.length && first < texts.length && old[first].text === texts[first]) first++;
    let oldEnd = old.length;
    let newEnd = texts.length;
    while (oldEnd > first && newEnd > first && old[oldEnd - 1].text === texts[newEnd - 1]) {
      oldEnd--;
      newEnd--;
    }
    if (first === oldEnd && first === newEnd && old.length === texts.length) return;
    this.firstLines = undefined;
    const replacement = texts.slice(first, newEnd).map(text => this.cell(text));
    const wasClean = this.analysed !== undefined;
    this.cells = [...old.slice(0, first), ...replacement, ...old.slice(oldEnd)];
    const firstChunk = first < this.firstChunks.length ? this.firstChunks[first] : this.chunkCount(old);
    this.firstChunks = [];
    let count = 0;
    for (const cell of this.cells) {
      this.firstChunks.push(count);
      count += cell.chunks.length;
    }
    if (this.cells.length === 0 || !this.cells.every(cell => cell.chunks.every(chunk => chunk.facts.clean))) {
      this.analysed = undefined;
    } else if (wasClean) {
      const removed = old.slice(first, oldEnd).reduce((sum, cell) => sum + cell.chunks.length, 0);
      this.analysed!.replaceChunks(firstChunk, removed, replacement.flatMap(cell => cell.chunks));
    } else {
      // Slices whose text is unchanged since the last clean state find their lint results in the shared cache.
      this.analysed = new IncrementalFile(this.parser, this.cells.flatMap(cell => cell.chunks));
    }
  }

  /**
   * The findings, in cell positions (`source` is the cell's index); undefined when a `deadline` passed first (see
   * IncrementalFile.lint). Only while `file` is defined.
   */
  lint(deadline?: number): LintResult | undefined {
    const result = this.analysed!.lint(deadline);
    if (!result) return undefined;
    if (this.mapped?.from !== result) this.mapped = { from: result, to: { findings: result.findings.map(finding => this.inCell(finding)), failures: result.failures } };
    return this.mapped.to;
  }

  /** A cell position in the notebook's text. */
  toText(cell: number, position: Position): Position {
    return { line: this.startLine(cell) + position.line, character: position.character };
  }

  /** A position of the notebook's text in its cell; `end` positions at a cell's start belong to the cell before. */
  toCell(position: Position, end = false): { cell: number; position: Position } {
    let cell = lastAtOrBefore(this.startLines(), position.line);
    if (end && cell > 0 && position.character === 0 && position.line === this.startLine(cell)) cell--;
    return { cell, position: this.clamped(cell, { line: position.line - this.startLine(cell), character: position.character }) };
  }

  /** The cell whose code holds the notebook text's `line`. */
  cellAtLine(line: number): number {
    return lastAtOrBefore(this.startLines(), line);
  }

  private inCell(finding: Finding): Finding {
    const start = this.toCell(finding.range.start);
    const range: Range = { start: start.position, end: this.toCell(finding.range.end, true).position };
    const offset = this.analysed!.chunkOffsets[this.firstChunks[start.cell]];
    const length = this.cells[start.cell].text.length;
    const inCell = (at: number) => at >= offset && at <= offset + length;
    // A fix that would edit another cell too is not offered: an edit belongs to one document.
    const { fix } = finding;
    if (!fix || !fix.edits.every(edit => inCell(edit.start) && inCell(edit.end))) return { ...finding, source: start.cell, range, fix: undefined };
    const { title, safety } = fix;
    return {
      ...finding, source: start.cell, range,
      fix: { title, safety, get edits() { return fix.edits.map(edit => ({ start: edit.start - offset, end: edit.end - offset, newText: edit.newText })); } },
    };
  }

  private cell(text: string): Cell {
    const masked = maskIPythonMagics(text);
    // Each cell ends its lines, so that the next cell's statements start a line of their own.
    const inText = /[\r\n]$/.test(masked) ? masked : `${masked}\n`;
    const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    let lastLine = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lastLine++;
    }
    return { text, chunks: chunksOf(this.parser, inText), lastLine, lastLineLength: text.length - lastBreak - 1 };
  }

  /** A position in a cell, kept within the cell's text (the line break added after it is not the cell's). */
  private clamped(cell: number, position: Position): Position {
    const { lastLine, lastLineLength } = this.cells[cell];
    if (position.line > lastLine) return { line: lastLine, character: lastLineLength };
    return position.line === lastLine ? { line: lastLine, character: Math.min(position.character, lastLineLength) } : position;
  }

  private startLine(cell: number): number {
    return this.startLines()[cell];
  }

  private startLines(): number[] {
    this.firstLines ??= this.firstChunks.map(chunk => this.analysed!.chunkLines[chunk]);
    return this.firstLines;
  }

  private chunkCount(cells: readonly Cell[]): number {
    return cells.reduce((sum, cell) => sum + cell.chunks.length, 0);
  }
}
