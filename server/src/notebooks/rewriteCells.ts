// Writes new sources into a notebook's cells and changes nothing else: the JSON text is edited in place at
// each changed cell's "source" (jsonc-parser's `modify`), so outputs, metadata, key order, indentation and
// escapes elsewhere stay byte for byte as the author's tools wrote them. A source is written in the style it
// had: a list of lines (Jupyter's own, each line keeping its "\n") or one string.
import { applyEdits, EditResult, modify, parseTree, findNodeAtLocation } from 'jsonc-parser';

/** `sources`: by cell index (0-based, among all cells, markdown included), the cell's new text. */
export function rewriteCells(json: string, sources: ReadonlyMap<number, string>): string {
  const tree = parseTree(json);
  if (!tree) throw new Error('not valid JSON');
  const formattingOptions = { insertSpaces: !/^\t/m.test(json), tabSize: indentation(json), eol: json.includes('\r\n') ? '\r\n' : '\n' };
  let result = json;
  // Later cells first, so the offsets of earlier ones stay valid in the text being edited.
  for (const [index, text] of [...sources].sort((a, b) => b[0] - a[0])) {
    const source = findNodeAtLocation(tree, ['cells', index, 'source']);
    const value = source?.type === 'string' ? text : linesOf(text);
    const edits: EditResult = modify(result, ['cells', index, 'source'], value, { formattingOptions });
    result = applyEdits(result, edits);
  }
  return result;
}

/** Jupyter's list form: every line keeps its line break, the last one has none. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The indentation width of the file's first indented line (Jupyter writes 1). */
function indentation(json: string): number {
  const match = /\n( +)\S/.exec(json);
  return match ? match[1].length : 1;
}
