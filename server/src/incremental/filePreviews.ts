// Every preview of a file, as the editor's hovers show them, for the command line's `preview`: from one
// evaluation of the whole program when it finishes within its budget, else slice by slice (lintFile.ts says why),
// so that a long file's functions further down are previewed too. A notebook's, slice by slice as the editor
// analyses it (incrementalNotebook.ts).
import type { Program } from '../analysis/program';
import { LineIndex, Position } from '../parsing/lineIndex';
import type { PythonParser } from '../parsing/pythonParser';
import { collectPreviews } from '../previews/collectPreviews';
import type { ValuePreview } from '../previews/valuePreview';
import { IncrementalFile, InSlice } from './incrementalFile';
import { IncrementalNotebook } from './incrementalNotebook';
import { needsSlicing } from './lintFile';

export interface FilePreview {
  /** The program's source (a notebook's cell) and where in it the previewed name starts. */
  readonly source: number;
  readonly position: Position;
  readonly expression: string;
  readonly preview: ValuePreview;
}

/** `program`: one file's source, as loaded. */
export function filePreviews(parser: PythonParser, program: Program): FilePreview[] {
  const whole = program.sources.flatMap((document, source) => collectPreviews(program, source)
    .map(({ node, expression, preview }) => ({ source, position: document.rangeOf(node).start, expression, preview })));
  if (!needsSlicing(program)) return whole;
  const file = new IncrementalFile(parser, program.sources[0].text);
  return slicedPreviews(file, program.sources[0].lines.positionAt(file.length).line).map(found => ({ source: 0, ...found }));
}

/** A notebook's code cells, in order; each preview's source is its cell. */
export function notebookPreviews(parser: PythonParser, cells: readonly string[]): FilePreview[] {
  const notebook = new IncrementalNotebook(parser);
  notebook.update(cells);
  const last = cells.length - 1;
  if (last < 0) return [];   // no code cell
  const lastLine = notebook.toText(last, new LineIndex(cells[last]).positionAt(cells[last].length)).line;
  return notebook.file ? slicedPreviews(notebook.file, lastLine).map(({ position, ...found }) => {
    const inCell = notebook.toCell(position);
    return { source: inCell.cell, position: inCell.position, ...found };
  }) : [];
}

/** The previews of every slice on lines 0…lastLine, in the file's (or notebook text's) positions, in order. */
function slicedPreviews(file: IncrementalFile, lastLine: number): Omit<FilePreview, 'source'>[] {
  // Slice programs may be evicted from their cache once the next one is made: each is read during its visit.
  const sliced = file.forEachSliceOnLines(0, lastLine, (inSlice: InSlice) => collectPreviews(inSlice.program, 0).flatMap(({ node, expression, preview }) => {
    const position = inSlice.layout.toFile(inSlice.program.sources[0].rangeOf(node).start);
    return inSlice.owns(position.line) ? [{ position, expression, preview }] : [];
  }));
  return sliced.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
