// What is too large to analyse at all: one place for the command line and the language server, checked before
// anything is parsed. Past these sizes a file is reported as "not analysed" with the reason, rather than taking
// the editor's time and memory. (Code that is small but runs without end is bounded by the evaluator's budget.)

/**
 * The most characters (UTF-16 units, a JavaScript string's length) of one program: a file, or all of a
 * notebook's code cells. The largest top-level module of the Python standard library has about 230,000; a
 * program at the limit made of the densest code (166,666 one-line statements) takes 2.6 s and 200 MB to
 * check on the command line here (a loaded 2-core machine), a few times that on a slower one.
 */
export const MAX_PROGRAM_CHARACTERS = 1_000_000;

/** The most code cells of one notebook (each is chunked and kept in memory on its own). */
export const MAX_NOTEBOOK_CELLS = 10_000;

const count = (n: number) => n.toLocaleString('en-US');

/** Why a file of `characters` characters is not analysed; undefined when it is small enough. */
export function whyFileNotAnalysed(characters: number): string | undefined {
  return characters > MAX_PROGRAM_CHARACTERS
    ? `not analysed: the file has ${count(characters)} characters, over the limit of ${count(MAX_PROGRAM_CHARACTERS)}`
    : undefined;
}

/** Why a notebook with these code cells is not analysed; undefined when it is small enough. */
export function whyNotebookNotAnalysed(cells: readonly string[]): string | undefined {
  if (cells.length > MAX_NOTEBOOK_CELLS) {
    return `not analysed: the notebook has ${count(cells.length)} code cells, over the limit of ${count(MAX_NOTEBOOK_CELLS)}`;
  }
  const characters = cells.reduce((sum, cell) => sum + cell.length, 0);
  return characters > MAX_PROGRAM_CHARACTERS
    ? `not analysed: the notebook's code cells have ${count(characters)} characters, over the limit of ${count(MAX_PROGRAM_CHARACTERS)}`
    : undefined;
}

/**
 * Whether a file of `bytes` bytes on disk is surely over the character limit, so that it need not be read: UTF-8
 * takes at most 3 bytes per UTF-16 unit, so a file of more than 3 × the limit bytes has more characters than it.
 */
export function surelyTooLarge(bytes: number): boolean {
  return bytes > 3 * MAX_PROGRAM_CHARACTERS;
}
