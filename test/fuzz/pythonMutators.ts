// Mutations of real Python: each takes a text and returns a slightly broken (or oddly valid) one. Small edits
// to real code reach the parser's error recovery and the analysis of half-written code, which is what an editor
// sees while the user types.
import type { Random } from './random';
import { BRACKETS, KEYWORDS, NUMBERS, ODD_CHARACTERS, OPERATORS, TORCH_NAMES } from './vocabulary';

type Mutator = (rng: Random, text: string, donor: string) => string;

function span(rng: Random, text: string, maxLength = 80): [number, number] {
  const start = rng.int(text.length + 1);
  return [start, Math.min(text.length, start + rng.int(maxLength + 1))];
}

function insertAt(rng: Random, text: string, inserted: string): string {
  const at = rng.int(text.length + 1);
  return text.slice(0, at) + inserted + text.slice(at);
}

function withLines(text: string, change: (lines: string[]) => void): string {
  const lines = text.split('\n');
  change(lines);
  return lines.join('\n');
}

const MUTATORS: readonly Mutator[] = [
  function deleteSpan(rng, text) {
    const [start, end] = span(rng, text);
    return text.slice(0, start) + text.slice(end);
  },
  function duplicateSpan(rng, text) {
    const [start, end] = span(rng, text, 200);
    return insertAt(rng, text, text.slice(start, end));
  },
  function insertToken(rng, text) {
    const pool = rng.pick([KEYWORDS, BRACKETS, OPERATORS, TORCH_NAMES, NUMBERS, ODD_CHARACTERS]);
    return insertAt(rng, text, rng.pick(pool) + (rng.chance(0.5) ? ' ' : ''));
  },
  function replaceCharacter(rng, text) {
    const at = rng.int(text.length + 1);
    return text.slice(0, at) + rng.pick([...ODD_CHARACTERS, ...BRACKETS, ':', '=', '\n', ' ']) + text.slice(at + 1);
  },
  function swapLines(rng, text) {
    return withLines(text, lines => {
      const a = rng.int(lines.length);
      const b = rng.int(lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
    });
  },
  function reindentLine(rng, text) {
    return withLines(text, lines => {
      const i = rng.int(lines.length);
      const body = lines[i].replace(/^[ \t]*/, '');
      lines[i] = rng.pick(['', ' ', '  ', '\t', '        ', ' \t', '    '.repeat(rng.between(1, 30))]) + body;
    });
  },
  function truncate(rng, text) {
    return text.slice(0, rng.int(text.length + 1));
  },
  function spliceDonor(rng, text, donor) {
    // Another file's code (often PyTorch code) pasted into this one, at a line start or anywhere.
    const [start, end] = span(rng, donor, 1500);
    const piece = donor.slice(start, end);
    if (rng.chance(0.5)) return insertAt(rng, text, piece);
    return withLines(text, lines => lines.splice(rng.int(lines.length + 1), 0, piece));
  },
  function replaceNumber(rng, text) {
    const numbers = [...text.matchAll(/\b\d+(\.\d*)?\b/g)];
    if (!numbers.length) return insertAt(rng, text, rng.pick(NUMBERS));
    const match = rng.pick(numbers);
    return text.slice(0, match.index) + rng.pick(NUMBERS) + text.slice(match.index! + match[0].length);
  },
  function unbalanceBrackets(rng, text) {
    return insertAt(rng, text, rng.pick(BRACKETS).repeat(rng.between(1, 40)));
  },
  function changeLineEndings(rng, text) {
    return text.replace(/\n/g, () => (rng.chance(0.2) ? rng.pick(['\r\n', '\r', '\n\n', '\\\n']) : '\n'));
  },
];

/** One to six random mutations of `text`; `donor` is another real source to paste pieces from. */
export function mutatePython(rng: Random, text: string, donor: string): string {
  let mutated = text;
  for (let n = rng.between(1, 6); n > 0; n--) mutated = rng.pick(MUTATORS)(rng, mutated, donor);
  return mutated;
}
