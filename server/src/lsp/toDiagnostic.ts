// Findings as LSP diagnostics: code, source, and a codeDescription link to the rule's docs page (shipped in
// the extension's docs/rules/ folder, one directory above the bundled server).
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { Finding, Severity } from '../rules/rule';

export const diagnosticSource = 'Label Smoothing Lab';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function ruleDocsUrl(rule: string, docsDirectory = path.join(__dirname, '..', 'docs', 'rules')): string {
  return pathToFileURL(path.join(docsDirectory, `${rule}.md`)).href;
}

/** Each rule's docs link, made once: a large file's diagnostics need hundreds of them on every edit. */
const docsLinks = new Map<string, string>();

/**
 * Each finding's diagnostic, made once: a large file's findings mostly outlive an edit (incrementalFile.ts keeps
 * them), and a pulled report compares diagnostics with the last one's, at once when they are the same objects.
 */
const diagnostics = new WeakMap<Finding, Diagnostic>();

export function toDiagnostic(finding: Finding): Diagnostic {
  let diagnostic = diagnostics.get(finding);
  if (!diagnostic) diagnostics.set(finding, (diagnostic = newDiagnostic(finding)));
  return diagnostic;
}

function newDiagnostic(finding: Finding): Diagnostic {
  let href = docsLinks.get(finding.rule);
  if (!href) docsLinks.set(finding.rule, (href = ruleDocsUrl(finding.rule)));
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href },
    source: diagnosticSource,
    message: finding.message,
  };
}

/** A file or notebook over a size limit: one notice at its start, instead of findings. */
export function notAnalysedDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: diagnosticSource,
    message: `Label Smoothing Lab: ${reason}.`,
  };
}
