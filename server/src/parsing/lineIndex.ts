// Converts between offsets and line/character positions in a text, the way the Language Server Protocol
// counts them: 0-based lines split at \n, \r\n or \r, characters in UTF-16 code units (which is also how
// web-tree-sitter indexes a JavaScript string).
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low] };
  }

  /** The offset of a position; positions past a line's end or past the text are clamped, as LSP asks. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[position.line];
    const lineEnd = this.lineEndWithoutBreak(position.line);
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }

  /** The text of one line, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.lineEndWithoutBreak(line));
  }

  private lineEndWithoutBreak(line: number): number {
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}
