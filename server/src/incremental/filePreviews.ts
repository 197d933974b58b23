// Every preview of a file, as the editor's hovers show them, for the command line's `preview`: from one
// evaluation of the whole program when it finishes within its budget, else slice by slice (lintFile.ts says why),
// so that a long file's functions further down are previewed too.
import type { Program } from '../analysis/program';
import type { Position } from '../parsing/lineIndex';
import type { PythonParser } from '../parsing/pythonParser';
import { collectPreviews } from '../previews/collectPreviews';
import type { ValuePreview } from '../previews/valuePreview';
import { IncrementalFile } from './incrementalFile';
import { needsSlicing } from './lintFile';

export interface FilePreview {
  /** The program's source (a notebook's cell) and where in it the previewed name starts. */
  readonly source: number;
  readonly position: Position;
  readonly expression: string;
  readonly preview: ValuePreview;
}

export function filePreviews(parser: PythonParser, program: Program): FilePreview[] {
  const whole = program.sources.flatMap((document, source) => collectPreviews(program, source)
    .map(({ node, expression, preview }) => ({ source, position: document.rangeOf(node).start, expression, preview })));
  if (!needsSlicing(program)) return whole;
  const file = new IncrementalFile(parser, program.sources[0].text);
  const lastLine = program.sources[0].lines.positionAt(file.length).line;
  // Slice programs may be evicted from their cache once the next one is made: each is read during its visit.
  const sliced = file.forEachSliceOnLines(0, lastLine, inSlice => collectPreviews(inSlice.program, 0).flatMap(({ node, expression, preview }) => {
    const position = inSlice.layout.toFile(inSlice.program.sources[0].rangeOf(node).start);
    return inSlice.owns(position.line) ? [{ source: 0, position, expression, preview }] : [];
  }));
  return sliced.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
