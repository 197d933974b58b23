// An LSP change applied to a plain text: `range` replaced by `text` (no range: the whole text), positions
// clamped and an end before its start read as the start — as SourceDocument and the chunks read them.
import { LineIndex } from './lineIndex';
import type { TextChange } from './sourceDocument';

export function applyTextChange(text: string, change: TextChange): string {
  if (!change.range) return change.text;
  const lines = new LineIndex(text);
  const start = lines.offsetAt(change.range.start);
  const end = Math.max(start, lines.offsetAt(change.range.end));
  return text.slice(0, start) + change.text + text.slice(end);
}
