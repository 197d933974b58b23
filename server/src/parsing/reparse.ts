// A text parsed again from the tree of an earlier version of it: typing in one function re-parses the function
// and the slice it is in from their previous trees (tree-sitter re-uses every subtree the edit did not touch),
// instead of from scratch.
import { Edit, Tree } from 'web-tree-sitter';
import type { PythonParser } from './pythonParser';
import { pointAt } from './treePoints';

/**
 * `text` parsed re-using `previous`'s tree, which is left as it was (a copy is edited). The texts' difference is
 * taken as one edit: the span between their common prefix and common suffix. A tree with a syntax error, old or
 * new, is parsed afresh instead: tree-sitter's re-parse around an error can differ from a fresh parse, and the
 * analysis must see what opening the file would.
 */
export function reparse(parser: PythonParser, previous: { readonly text: string; readonly tree: Tree }, text: string): Tree {
  if (previous.tree.rootNode.hasError) return parser.parse(text);
  const old = previous.text;
  const shorter = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < shorter && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const edited = previous.tree.copy();
  try {
    edited.edit(new Edit({
      startIndex: prefix,
      oldEndIndex: old.length - suffix,
      newEndIndex: text.length - suffix,
      startPosition: pointAt(old, prefix),
      oldEndPosition: pointAt(old, old.length - suffix),
      newEndPosition: pointAt(text, text.length - suffix),
    }));
    const tree = parser.parse(text, edited);
    if (!tree.rootNode.hasError) return tree;
    tree.delete();
    return parser.parse(text);
  } finally {
    edited.delete();
  }
}
