// Reads a Python file or a notebook from disk (a notebook's code cells in order) for `check`, `check --fix` and
// `preview`, which analyse it as the editor does. The caller disposes of it.
import * as fs from 'fs';
import { Program } from '../analysis/program';
import { PythonParser } from '../parsing/pythonParser';
import { SourceDocument } from '../parsing/sourceDocument';
import { readNotebookCells } from '../notebooks/ipynb';
import { LineIndex, Position } from '../parsing/lineIndex';
import { lintFile, lintNotebook } from '../incremental/lintFile';
import { filePreviews, FilePreview, notebookPreviews } from '../incremental/filePreviews';
import type { LintResult } from '../rules/lint';
import { describeFsError } from './collectFiles';
import { MAX_PROGRAM_CHARACTERS, surelyTooLarge, whyFileNotAnalysed, whyNotebookNotAnalysed } from '../analysis/analysisLimits';

export interface LoadedFile {
  /** The file's text, or a notebook's code cells in order, each with its line index. */
  readonly sources: readonly { readonly text: string; readonly lines: LineIndex }[];
  /** The file's text as read (for a notebook, its JSON). */
  readonly text: string;
  /** For a notebook: each source's cell number (1-based, markdown cells counted). */
  readonly cellNumbers?: readonly number[];
  /** Every rule's findings, as the editor finds them; a finding's `source` indexes `sources`. */
  lint(): LintResult;
  /** Every preview the editor's hovers would show. */
  previews(): FilePreview[];
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
  if (!notebook) {
    const notAnalysed = whyFileNotAnalysed(text.length);
    if (notAnalysed) return { error: notAnalysed };
    const document = SourceDocument.parse(parser, text, 'file');
    const program = new Program([document]);
    return {
      sources: [document], text,
      lint: () => lintFile(parser, program),
      previews: () => filePreviews(parser, program),
      dispose: () => document.dispose(),
    };
  }
  let cells: { number?: number; text: string }[];
  try {
    cells = readNotebookCells(text);
  } catch (error) {
    return { error: (error as Error).message };
  }
  const texts = cells.map(cell => cell.text);
  const notAnalysed = whyNotebookNotAnalysed(texts);
  if (notAnalysed) return { error: notAnalysed };
  // The cells are analysed slice by slice (their chunks parsed there): nothing parses a cell whole.
  return {
    sources: texts.map(cellText => ({ text: cellText, lines: new LineIndex(cellText) })),
    text,
    cellNumbers: cells.map(cell => cell.number!),
    lint: () => lintNotebook(parser, texts),
    previews: () => notebookPreviews(parser, texts),
    dispose: () => {},
  };
}

/** 1-based line and column, the column in characters (as ruff counts them), not UTF-16 units. */
export function toCliPosition(lines: LineIndex, position: Position): { line: number; column: number } {
  const prefix = lines.lineText(position.line).slice(0, position.character);
  return { line: position.line + 1, column: [...prefix].length + 1 };
}
