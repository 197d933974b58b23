// `check` on one file: the analysis the language server does (lintFile.ts), with the command line's 1-based
// positions.
import type { PythonParser } from '../parsing/pythonParser';
import type { Severity } from '../rules/rule';
import { loadFile, toCliPosition } from './loadFile';

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
  const loaded = loadFile(parser, path);
  if ('error' in loaded) return { ok: false, message: loaded.error };
  try {
    const { findings, failures } = loaded.lint();
    return {
      ok: true,
      findings: findings.map(finding => {
        const lines = loaded.sources[finding.source].lines;
        const start = toCliPosition(lines, finding.range.start);
        const end = toCliPosition(lines, finding.range.end);
        const cell = loaded.cellNumbers?.[finding.source];
        return {
          path: displayPath, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
          code: finding.code, rule: finding.rule, severity: finding.severity, message: finding.message,
          ...(cell === undefined ? {} : { cell }),
        };
      }),
      internalErrors: failures.map(({ rule, error }) => `${rule} failed: ${(error as Error)?.stack ?? String(error)}`),
    };
  } finally {
    loaded.dispose();
  }
}
