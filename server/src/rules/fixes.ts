// Applying fixes to a source's text, and the edit that silences a finding with `# noqa`. Fixes are applied in
// order of position; one that overlaps an earlier one is left for the next round, as ruff does.
import type { Finding, Fix, TextEdit } from './rule';
import type { LineIndex } from '../parsing/lineIndex';

/** The safe fixes of `findings`, without overlaps: what "fix all" applies. */
export function safeFixes(findings: readonly Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  const fixes = findings.flatMap(f => (f.fix?.safety === 'safe' ? [f.fix] : []))
    .sort((a, b) => a.edits[0].start - b.edits[0].start);
  for (const fix of fixes) {
    if (fix.edits.some(edit => taken.some(other => edit.start < other.end && other.start < edit.end))) continue;
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}

export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const edits = fixes.flatMap(fix => fix.edits).sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

/** Adds `code` to the line's `# noqa: …` comment, or appends `  # noqa: CODE` to the line. */
export function noqaEdit(lines: LineIndex, line: number, code: string): TextEdit {
  const text = lines.lineText(line);
  const end = lines.offsetAt({ line, character: text.length });
  const existing = /#\s*noqa:\s*([A-Za-z]+\d+(?:[\s,]+[A-Za-z]+\d+)*)/i.exec(text);
  if (existing) {
    const codesEnd = lines.offsetAt({ line, character: existing.index + existing[0].length });
    return { start: codesEnd, end: codesEnd, newText: `, ${code}` };
  }
  return { start: end, end, newText: `  # noqa: ${code}` };
}
