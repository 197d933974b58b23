// Where a slice's chunks sit in the slice's own text and in the file, to carry positions between the two. Every
// chunk starts a line in both, so a position moves by its chunk's line offset and keeps its character. The file
// side is read live: edits elsewhere move the chunks, and the layout follows without being rebuilt.
import type { Position } from '../parsing/lineIndex';
import type { Chunk } from './chunkedText';
import { lastAtOrBefore } from './chunkedText';

/** The line and the offset each chunk of the file starts at. */
export interface ChunkStarts {
  readonly lines: readonly number[];
  readonly offsets: readonly number[];
}

export class SliceLayout {
  readonly text: string;
  private readonly sliceLines: readonly number[];
  private readonly sliceOffsets: readonly number[];
  private readonly lineBreaks: readonly number[];
  /** Lines a chunk spans: its line breaks, and one more when its text does not end with one (the file's end). */
  private readonly lineCounts: readonly number[];

  /**
   * `members`: chunk indexes in document order; `file`: where each chunk of the file starts now. The arrays are
   * made by map, at their exact length: filled by push, each of a typical slice's few entries reserved room for
   * 17, and a file of 20,000 slices kept 12 MB more.
   */
  constructor(chunks: readonly Chunk[], readonly members: readonly number[], private readonly file: ChunkStarts) {
    let line = 0;
    let offset = 0;
    this.sliceLines = members.map(member => {
      const at = line;
      line += chunks[member].lineBreaks;
      return at;
    });
    this.sliceOffsets = members.map(member => {
      const at = offset;
      offset += chunks[member].text.length;
      return at;
    });
    this.lineBreaks = members.map(member => chunks[member].lineBreaks);
    this.lineCounts = members.map(member => chunks[member].lineBreaks + (/[\r\n]$/.test(chunks[member].text) ? 0 : 1));
    this.text = members.map(member => chunks[member].text).join('');
  }

  /** A slice position in the file; `end` positions at a chunk's start belong to the chunk before. */
  toFile(position: Position, end = false): Position {
    let k = lastAtOrBefore(this.sliceLines, position.line);
    if (end && k > 0 && position.character === 0 && position.line === this.sliceLines[k]) {
      k--;
      return { line: this.fileLine(k) + this.lineBreaks[k], character: 0 };
    }
    return { line: this.fileLine(k) + position.line - this.sliceLines[k], character: position.character };
  }

  /** A slice offset in the file; `end` offsets at a chunk's start belong to the chunk before. */
  toFileOffset(offset: number, end = false): number {
    let k = lastAtOrBefore(this.sliceOffsets, offset);
    if (end && k > 0 && offset === this.sliceOffsets[k]) k--;
    return this.file.offsets[this.members[k]] + offset - this.sliceOffsets[k];
  }

  /** A file position inside one of the slice's chunks, in the slice; undefined when no chunk holds it. */
  toSlice(position: Position): Position | undefined {
    // The members' file lines ascend: the last one at or before the position's line holds it, if any does.
    let k = 0;
    while (k + 1 < this.members.length && this.fileLine(k + 1) <= position.line) k++;
    const line = position.line - this.fileLine(k);
    if (line < 0 || line >= this.lineCounts[k]) return undefined;
    return { line: this.sliceLines[k] + line, character: position.character };
  }

  private fileLine(k: number): number {
    return this.file.lines[this.members[k]];
  }
}
