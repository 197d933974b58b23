// A finding as one comparable line: where, what, and its fix's edits.
import type { Finding } from '../../server/src/rules/rule';

export const describeFinding = (f: Finding) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.code} ${f.message}` +
  (f.fix ? ` fix ${f.fix.safety} ${f.fix.edits.map(e => `${e.start}-${e.end}=${JSON.stringify(e.newText)}`).join(' ')}` : '');
