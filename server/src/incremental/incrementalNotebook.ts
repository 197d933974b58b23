// A notebook's code cells analysed slice by slice, as a file is (incrementalFile.ts): the cells, in order, make one
// text whose chunks are each cell's own top-level statements. An edit re-chunks the cells it changed, and only the
// slices whose text changed are linted again: typing in one cell of a long notebook costs what typing in one
// statement of a file does, instead of the whole notebook's evaluation.
//
// Cells are chunked one by one, so a statement never reaches from one cell into the next (Jupyter runs each cell
// on its own). A statement with a syntax error (the one being typed, mostly) could, joined with others in a
// slice's text, take in the statements after it, which its own cell keeps apart: it is analysed in a slice of its
// own (with torch's imports), and the names it would assign are, for the other slices, not assigned. The rest of
// the notebook keeps its findings while a cell is half typed, and costs no more to analyse.
import { maskIPythonMagics } from '../parsing/ipythonMagics';
import type { Position, Range } from '../parsing/lineIndex';
import type { PythonParser } from '../parsing/pythonParser';
import type { LintResult } from '../rules/lint';
import type { Finding } from '../rules/rule';
import { Chunk, chunksOf, lastAtOrBefore, lineBreaks } from './chunkedText';
import type { ChunkFacts } from './chunkFacts';
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
  /**
   * Each finding in cell positions, while its cell starts where it did: an edit re-places only the findings it
   * moved, and the same objects let the server re-use their diagnostics and compare reports by identity.
   */
  private readonly inCells = new WeakMap<Finding, { cell: number; line: number; offset: number; finding: Finding }>();

  constructor(private readonly parser: PythonParser) {}

  /** The analysis of the notebook's text; undefined while it has no code cell. */
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
    const analysed = this.analysed;
    this.cells = [...old.slice(0, first), ...replacement, ...old.slice(oldEnd)];
    const firstChunk = first < this.firstChunks.length ? this.firstChunks[first] : chunkCount(old);
    this.firstChunks = [];
    let count = 0;
    for (const cell of this.cells) {
      this.firstChunks.push(count);
      count += cell.chunks.length;
    }
    if (this.cells.length === 0) {
      this.analysed = undefined;
    } else if (analysed) {
      analysed.replaceChunks(firstChunk, chunkCount(old.slice(first, oldEnd)), replacement.flatMap(cell => cell.chunks));
    } else {
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
    const cell = this.cellAtLine(finding.range.start.line);
    const line = this.startLine(cell);
    const offset = this.analysed!.chunkOffsets[this.firstChunks[cell]];
    const known = this.inCells.get(finding);
    if (known && known.cell === cell && known.line === line && known.offset === offset) return known.finding;
    const placed = this.placedInCell(finding, offset);
    this.inCells.set(finding, { cell, line, offset, finding: placed });
    return placed;
  }

  private placedInCell(finding: Finding, offset: number): Finding {
    const start = this.toCell(finding.range.start);
    const range: Range = { start: start.position, end: this.toCell(finding.range.end, true).position };
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
    // Each cell ends its lines, so that the next cell's statements start a line of their own. A lone \r ends a line
    // for the protocol but not for tree-sitter-python: \r\n still counts one line break and ends it for both.
    const inText = masked.endsWith('\n') ? masked : `${masked}\n`;
    const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    const chunks = chunksOf(this.parser, inText).map(chunk => (chunk.facts.clean ? chunk : { ...chunk, facts: isolated(chunk.facts) }));
    return { text, chunks, lastLine: lineBreaks(text), lastLineLength: text.length - lastBreak - 1 };
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
}

function chunkCount(cells: readonly Cell[]): number {
  return cells.reduce((sum, cell) => sum + cell.chunks.length, 0);
}

/** The facts of a statement with a syntax error, as slicing is to read them: it shares no name with the others. */
function isolated(facts: ChunkFacts): ChunkFacts {
  return {
    ...facts, assigns: new Map(), mentions: new Set(), copyable: false, importsTorch: false, starImport: false, dynamic: false, random: false, seeds: false,
  };
}
