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

export interface RuleStatistics {
  readonly code: string;
  readonly rule: string;
  readonly count: number;
}

export function statisticsOf(findings: readonly CliFinding[]): RuleStatistics[] {
  const counts = new Map<string, RuleStatistics>();
  for (const f of findings) counts.set(f.code, { code: f.code, rule: f.rule, count: (counts.get(f.code)?.count ?? 0) + 1 });
  return [...counts.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/** As ruff prints them: the count, the code, the rule's name. */
export function formatStatistics(statistics: readonly RuleStatistics[]): string {
  const width = Math.max(1, ...statistics.map(s => String(s.count).length));
  return statistics.map(s => `${String(s.count).padStart(width)}\t${s.code}\t${s.rule}\n`).join('');
}

export function formatJson(findings: readonly CliFinding[]): string {
  const ordered = findings.map(f => ({
    path: f.path, ...(f.cell === undefined ? {} : { cell: f.cell }),
    line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn,
    code: f.code, rule: f.rule, severity: f.severity, message: f.message,
  }));
  return JSON.stringify(ordered, null, 2) + '\n';
}
