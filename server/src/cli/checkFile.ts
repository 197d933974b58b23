// Checks one file from disk with the same analysis core the language server uses, and turns the findings
// into the command line's 1-based positions (columns in characters, as ruff counts them).
import * as fs from 'fs';
import { Program } from '../analysis/program';
import { PythonParser } from '../parsing/pythonParser';
import { SourceDocument } from '../parsing/sourceDocument';
import { readNotebookCells } from '../notebooks/ipynb';
import { lint } from '../rules/lint';
import type { Severity } from '../rules/rule';
import type { LineIndex, Position } from '../parsing/lineIndex';
import { describeFsError } from './collectFiles';

export interface CliFinding {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly code: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** For a notebook: the cell's 1-based number; positions are inside that cell. */
  readonly cell?: number;
}

export type FileResult =
  | { readonly ok: true; readonly findings: CliFinding[]; readonly internalErrors: string[] }
  | { readonly ok: false; readonly message: string };

export function checkFile(parser: PythonParser, path: string, displayPath: string): FileResult {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  }
  let cells: { number?: number; text: string }[];
  try {
    cells = path.endsWith('.ipynb') ? readNotebookCells(text) : [{ text }];
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const kind = path.endsWith('.ipynb') ? 'notebookCell' : 'file';
  const sources = cells.map(cell => SourceDocument.parse(parser, cell.text, kind));
  try {
    const { findings, failures } = lint(new Program(sources));
    return {
      ok: true,
      findings: findings.map(finding => {
        const lines = sources[finding.source].lines;
        const start = toCliPosition(lines, finding.range.start);
        const end = toCliPosition(lines, finding.range.end);
        const cell = cells[finding.source].number;
        return {
          path: displayPath, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
          code: finding.code, rule: finding.rule, severity: finding.severity, message: finding.message,
          ...(cell === undefined ? {} : { cell }),
        };
      }),
      internalErrors: failures.map(({ rule, error }) => `${rule} failed: ${(error as Error)?.stack ?? String(error)}`),
    };
  } finally {
    for (const source of sources) source.dispose();
  }
}

function toCliPosition(lines: LineIndex, position: Position): { line: number; column: number } {
  const prefix = lines.lineText(position.line).slice(0, position.character);
  return { line: position.line + 1, column: [...prefix].length + 1 };
}
