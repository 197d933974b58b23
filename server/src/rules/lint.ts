// Runs the rules over a program. A rule that throws must not take the others (or the server) down with it:
// its error is collected and reported by the caller, and the other rules' findings still count.
import type { Node } from 'web-tree-sitter';
import type { Program } from '../analysis/program';
import type { Finding, Fix, Rule, Severity } from './rule';
import { rules as allRules } from './catalog';

export interface LintResult {
  readonly findings: Finding[];
  /** Rules that failed on this program, with their error. */
  readonly failures: { readonly rule: string; readonly error: unknown }[];
}

const results = new WeakMap<Program, LintResult>();

/** The findings of every rule, computed once per program version (diagnostics and code actions share them). */
export function lintOf(program: Program): LintResult {
  let result = results.get(program);
  if (!result) {
    result = lint(program);
    results.set(program, result);
  }
  return result;
}

export function lint(program: Program, rules: readonly Rule[] = allRules): LintResult {
  const findings: Finding[] = [];
  const failures: LintResult['failures'] = [];
  for (const rule of rules) {
    const { code, name, defaultSeverity } = rule.metadata;
    const report = (source: number, node: Node, message: string, severity: Severity = defaultSeverity, fix?: Fix) =>
      findings.push({ code, rule: name, severity, message, source, range: program.sources[source].rangeOf(node), ...(fix ? { fix } : {}) });
    try {
      rule.check({ program, report });
    } catch (error) {
      failures.push({ rule: code, error });
    }
  }
  const kept = findings.filter(finding => !suppressed(program, finding));
  return { findings: kept.sort(compareFindings), failures };
}

/** The order findings are reported in: by source, position and code (then the rest, so that only twins tie). */
export function compareFindings(a: Finding, b: Finding): number {
  return a.source - b.source || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character ||
    compareText(a.code, b.code) || a.range.end.line - b.range.end.line || a.range.end.character - b.range.end.character ||
    compareText(a.message, b.message);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `# noqa` silences every finding on its line; `# noqa: LS001, LS004` only those codes (as in ruff). */
const NOQA = /#\s*noqa(?::\s*([A-Za-z]+\d+(?:[\s,]+[A-Za-z]+\d+)*))?/i;

function suppressed(program: Program, finding: Finding): boolean {
  const line = program.sources[finding.source].lines.lineText(finding.range.start.line);
  const match = NOQA.exec(line);
  if (!match) return false;
  if (!match[1]) return true;
  return match[1].split(/[\s,]+/).some(code => code.toUpperCase() === finding.code);
}
