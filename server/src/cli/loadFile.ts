// Reads a Python file or a notebook from disk into a program (a notebook's code cells in order), for both
// `check` and `preview`. The caller disposes the program's sources.
import * as fs from 'fs';
import { Program } from '../analysis/program';
import { PythonParser } from '../parsing/pythonParser';
import { SourceDocument } from '../parsing/sourceDocument';
import { readNotebookCells } from '../notebooks/ipynb';
import type { LineIndex, Position } from '../parsing/lineIndex';
import { describeFsError } from './collectFiles';
import { MAX_PROGRAM_CHARACTERS, surelyTooLarge, whyFileNotAnalysed, whyNotebookNotAnalysed } from '../analysis/analysisLimits';

export interface LoadedFile {
  readonly program: Program;
  /** The file's text as read (for a notebook, its JSON). */
  readonly text: string;
  /** For a notebook: each source's cell number (1-based, markdown cells counted). */
  readonly cellNumbers?: readonly number[];
  dispose(): void;
}

export function loadFile(parser: PythonParser, path: string): LoadedFile | { readonly error: string } {
  const notebook = path.endsWith('.ipynb');
  let text: string;
  try {
    // A Python file far over the limit is not even read (a notebook's JSON also holds outputs, so it is read).
    const bytes = fs.statSync(path).size;
    if (!notebook && surelyTooLarge(bytes)) return { error: `not analysed: the file has ${bytes.toLocaleString('en-US')} bytes, over the limit of ${MAX_PROGRAM_CHARACTERS.toLocaleString('en-US')} characters` };
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    return { error: describeFsError(error) };
  }
  let cells: { number?: number; text: string }[];
  try {
    cells = notebook ? readNotebookCells(text) : [{ text }];
  } catch (error) {
    return { error: (error as Error).message };
  }
  const notAnalysed = notebook ? whyNotebookNotAnalysed(cells.map(cell => cell.text)) : whyFileNotAnalysed(text.length);
  if (notAnalysed) return { error: notAnalysed };
  const sources = cells.map(cell => SourceDocument.parse(parser, cell.text, notebook ? 'notebookCell' : 'file'));
  return {
    program: new Program(sources),
    text,
    cellNumbers: notebook ? cells.map(cell => cell.number!) : undefined,
    dispose: () => sources.forEach(source => source.dispose()),
  };
}

/** 1-based line and column, the column in characters (as ruff counts them), not UTF-16 units. */
export function toCliPosition(lines: LineIndex, position: Position): { line: number; column: number } {
  const prefix = lines.lineText(position.line).slice(0, position.character);
  return { line: position.line + 1, column: [...prefix].length + 1 };
}
