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
  private readonly sliceLines: number[] = [];
  private readonly sliceOffsets: number[] = [];
  private readonly lineBreaks: number[] = [];
  /** Lines a chunk spans: its line breaks, and one more when its text does not end with one (the file's end). */
  private readonly lineCounts: number[] = [];

  /** `members`: chunk indexes in document order; `file`: where each chunk of the file starts now. */
  constructor(chunks: readonly Chunk[], readonly members: readonly number[], private readonly file: ChunkStarts) {
    let line = 0;
    let offset = 0;
    for (const member of members) {
      this.sliceLines.push(line);
      this.sliceOffsets.push(offset);
      this.lineBreaks.push(chunks[member].lineBreaks);
      this.lineCounts.push(chunks[member].lineBreaks + (/[\r\n]$/.test(chunks[member].text) ? 0 : 1));
      line += chunks[member].lineBreaks;
      offset += chunks[member].text.length;
    }
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
