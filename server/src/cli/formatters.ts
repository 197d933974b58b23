// The two output formats of `check`: text for people and editors' problem matchers, JSON for tools.
import type { CliFinding } from './checkFile';

export function formatText(findings: readonly CliFinding[]): string {
  return findings.map(f => {
    const where = f.cell === undefined ? `${f.line}:${f.column}` : `cell ${f.cell}:${f.line}:${f.column}`;
    return `${f.path}:${where}: ${f.code} ${f.message}\n`;
  }).join('');
}

export function formatSummary(findingCount: number, fileCount: number): string {
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (findingCount === 0) return `No problems found in ${files}.\n`;
  return `Found ${findingCount} problem${findingCount === 1 ? '' : 's'} in ${files}.\n`;
}

export function formatJson(findings: readonly CliFinding[]): string {
  const ordered = findings.map(f => ({
    path: f.path, ...(f.cell === undefined ? {} : { cell: f.cell }),
    line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn,
    code: f.code, rule: f.rule, severity: f.severity, message: f.message,
  }));
  return JSON.stringify(ordered, null, 2) + '\n';
}
