// tree-sitter's points (row, column) for offsets of a JavaScript string. tree-sitter counts rows at \n only (a lone
// \r is an ordinary character to it), so points are computed from the text rather than taken from LSP positions,
// which also break lines at a lone \r.
import type { Point } from 'web-tree-sitter';

export function pointAt(text: string, offset: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/** Where `inserted` ends when it is written at `start`. */
export function advancePoint(start: Point, inserted: string): Point {
  const lastBreak = inserted.lastIndexOf('\n');
  if (lastBreak === -1) return { row: start.row, column: start.column + inserted.length };
  let rows = 0;
  for (let i = inserted.indexOf('\n'); i !== -1; i = inserted.indexOf('\n', i + 1)) rows++;
  return { row: start.row + rows, column: inserted.length - lastBreak - 1 };
}
