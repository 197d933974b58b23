// Which findings a user wants, and at which severity: `select` and `ignore` take codes or code prefixes
// (`LS004`, `LS00`, `ALL`), as ruff's do; `severity` overrides a code's default. Shared by the editor's settings
// and the command line.
import type { Finding, Severity } from './rule';

export interface RuleSelection {
  /** Only these codes or prefixes; everything when absent. */
  readonly select?: readonly string[];
  readonly ignore?: readonly string[];
  readonly severity?: Readonly<Record<string, Severity>>;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

function matches(code: string, patterns: readonly string[]): boolean {
  return patterns.some(pattern => pattern.toUpperCase() === 'ALL' || code.startsWith(pattern.toUpperCase()));
}

/** The items (findings of the core or of the command line) whose code the selection keeps. */
export function selected<T extends { readonly code: string }>(items: readonly T[], selection: RuleSelection): T[] {
  return items.filter(item => (!selection.select || matches(item.code, selection.select)) &&
    !(selection.ignore && matches(item.code, selection.ignore)));
}

/**
 * Selected findings, with the severities the selection overrides. An empty selection (the default) returns the
 * findings themselves: the server applies it to a large file's hundreds of findings at every keystroke.
 */
export function applySelection(findings: readonly Finding[], selection: RuleSelection): readonly Finding[] {
  if (!selection.select && !selection.ignore && !selection.severity) return findings;
  return selected(findings, selection)
    .map(finding => {
      const severity = selection.severity?.[finding.code];
      return severity ? { ...finding, severity } : finding;
    });
}

/** `preferred`'s select and ignore where it has them, `fallback`'s otherwise (settings over project files). */
export function overlay(preferred: RuleSelection, fallback: RuleSelection): RuleSelection {
  return {
    select: preferred.select ?? fallback.select,
    ignore: preferred.ignore ?? fallback.ignore,
    severity: preferred.severity ?? fallback.severity,
  };
}

/** A code or prefix a user may write: `LS`, `LS0`, `LS004`, or `ALL`. */
export function isCodePattern(text: string): boolean {
  return /^(ALL|LS\d{0,3})$/i.test(text);
}
