// Random incremental edits, as an editor sends them while a user types, pastes, deletes and undoes: LSP
// ranges (line and UTF-16 character, sometimes past a line's end or the text's end) with the text put there.
import type { TextChange } from '../../server/src/parsing/sourceDocument';
import { LineIndex } from '../../server/src/parsing/lineIndex';
import type { Random } from './random';
import { BRACKETS, KEYWORDS, LAYOUT, NUMBERS, ODD_CHARACTERS, OPERATORS, TORCH_NAMES } from './vocabulary';

function insertedText(rng: Random, donor: string): string {
  switch (rng.int(6)) {
    case 0: return '';
    case 1: return rng.pick([...KEYWORDS, ...BRACKETS, ...OPERATORS, ...TORCH_NAMES, ...NUMBERS]);
    case 2: return rng.pick(LAYOUT);
    case 3: return rng.pick(ODD_CHARACTERS);
    case 4: {
      const start = rng.int(donor.length + 1);
      return donor.slice(start, start + rng.int(300));
    }
    default: return rng.pick(['\n    ', ':\n    pass\n', '"""', '(', ')\n', '\r\n', 'x = 1\n', '😀', '\\\n']);
  }
}

/** One change to `text`; a position may lie past its line's end or past the last line (editors clamp those). */
export function randomChange(rng: Random, text: string, donor: string): TextChange {
  if (rng.chance(0.03)) return { text: insertedText(rng, donor) };   // a whole-document replacement
  const lines = new LineIndex(text);
  const start = lines.positionAt(rng.int(text.length + 1));
  const position = rng.chance(0.1)
    ? { line: start.line + rng.int(3), character: start.character + rng.int(200) }
    : start;
  const endOffset = Math.min(text.length, lines.offsetAt(position) + (rng.chance(0.5) ? 0 : rng.int(rng.chance(0.9) ? 10 : 2000)));
  return { range: { start: position, end: lines.positionAt(endOffset) }, text: insertedText(rng, donor) };
}

