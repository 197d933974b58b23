// Code actions for findings: each finding's fix (marked preferred when safe), "Disable LSxxx for this line"
// (a `# noqa` comment), and `source.fixAll.labelSmoothing`, which applies every safe fix of the document.
import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { LineIndex } from '../parsing/lineIndex';
import type { Finding, TextEdit } from '../rules/rule';
import { noqaEdit, safeFixes } from '../rules/fixes';
import { toDiagnostic } from './toDiagnostic';

export const fixAllKind = `${CodeActionKind.SourceFixAll}.labelSmoothing`;

export function codeActions(params: CodeActionParams, lines: LineIndex, findings: readonly Finding[]): CodeAction[] {
  const uri = params.textDocument.uri;
  const toLsp = (edit: TextEdit): LspTextEdit => ({
    range: { start: lines.positionAt(edit.start), end: lines.positionAt(edit.end) },
    newText: edit.newText,
  });
  const only = params.context.only;
  if (only?.some(kind => fixAllKind.startsWith(kind) && kind.startsWith(CodeActionKind.SourceFixAll))) {
    const fixes = safeFixes(findings);
    return fixes.length ? [{ title: 'Fix all safe label-smoothing problems', kind: fixAllKind, edit: { changes: { [uri]: fixes.flatMap(fix => fix.edits.map(toLsp)) } } }] : [];
  }
  if (only && !only.some(kind => CodeActionKind.QuickFix.startsWith(kind))) return [];
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    if (!overlaps(finding, params)) continue;
    const diagnostic: Diagnostic = toDiagnostic(finding);
    if (finding.fix) {
      actions.push({
        title: finding.fix.safety === 'safe' ? finding.fix.title : `${finding.fix.title} (unsafe: changes what the code computes)`,
        kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: finding.fix.safety === 'safe',
        edit: { changes: { [uri]: finding.fix.edits.map(toLsp) } },
      });
    }
    actions.push({
      title: `Disable ${finding.code} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic],
      edit: { changes: { [uri]: [toLsp(noqaEdit(lines, finding.range.start.line, finding.code))] } },
    });
  }
  return actions;
}

function overlaps(finding: Finding, params: CodeActionParams): boolean {
  const { start, end } = params.range;
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(finding.range.start, end) && before(start, finding.range.end);
}
