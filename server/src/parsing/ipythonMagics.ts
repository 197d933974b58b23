// Notebook cells may hold IPython syntax that is not Python: line magics (`%matplotlib inline`), shell
// escapes (`!pip install torch`) and cell magics (`%%bash`). Masking keeps every offset valid: a line
// magic's leading `%`/`!` becomes `#` (a comment of the same length), and a cell magic whose body is not
// Python blanks the whole cell (spaces, line breaks kept).
const MAGIC_LINE = /^([ \t]*)[%!]/gm;
const CELL_MAGIC = /^\s*%%(\w+)/;
/** Cell magics whose body is still Python. */
const PYTHON_CELL_MAGICS = new Set(['time', 'timeit', 'capture', 'prun', 'debug', 'px', 'autoreload']);

export function maskIPythonMagics(text: string): string {
  const cellMagic = CELL_MAGIC.exec(text);
  if (cellMagic && !PYTHON_CELL_MAGICS.has(cellMagic[1])) return text.replace(/[^\r\n]/g, ' ');
  return text.replace(MAGIC_LINE, '$1#');
}
