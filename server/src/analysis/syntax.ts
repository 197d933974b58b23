// Small, shared questions about tree-sitter-python nodes.
import type { Node } from 'web-tree-sitter';

/** Visits every named node under `root` in document order (a cursor walk: no per-node allocation). */
export function forEachNamedNode(root: Node, visit: (node: Node) => void): void {
  const cursor = root.walk();
  try {
    let descending = true;
    for (;;) {
      if (descending) {
        if (cursor.nodeIsNamed) visit(cursor.currentNode);
        if (cursor.gotoFirstChild()) continue;
      }
      if (cursor.gotoNextSibling()) {
        descending = true;
        continue;
      }
      if (!cursor.gotoParent() || cursor.nodeId === root.id) return;
      descending = false;
    }
  } finally {
    cursor.delete();
  }
}

/** `a.b.c` → ['a', 'b', 'c'] for identifiers and attribute chains; undefined for anything else. */
export function dottedParts(node: Node): string[] | undefined {
  if (node.type === 'identifier') return [node.text];
  if (node.type === 'attribute') {
    const object = node.childForFieldName('object');
    const attribute = node.childForFieldName('attribute');
    const head = object && dottedParts(object);
    return head && attribute ? [...head, attribute.text] : undefined;
  }
  return undefined;
}

/** Strips redundant parentheses: `((x))` → `x`. */
export function unparenthesized(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.namedChildCount === 1) {
    current = current.namedChild(0)!;
  }
  return current;
}

/** The innermost function definition that contains `node`, if any. */
export function enclosingFunction(node: Node): Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition') return current;
  }
  return undefined;
}

/** A call's arguments: positional ones in order, keyword ones by name. */
export interface CallArguments {
  readonly positional: Node[];
  readonly keyword: Map<string, Node>;
  /** `*args` or `**kwargs` present: positions and names beyond those written are unknown. */
  readonly hasSplat: boolean;
}

export function callArguments(call: Node): CallArguments {
  const positional: Node[] = [];
  const keyword = new Map<string, Node>();
  let hasSplat = false;
  const list = call.childForFieldName('arguments');
  for (const argument of list?.namedChildren ?? []) {
    if (!argument) continue;
    if (argument.type === 'keyword_argument') {
      const name = argument.childForFieldName('name');
      const value = argument.childForFieldName('value');
      if (name && value) keyword.set(name.text, value);
    } else if (argument.type === 'list_splat' || argument.type === 'dictionary_splat') {
      hasSplat = true;
    } else if (argument.type !== 'comment') {
      positional.push(argument);
    }
  }
  return { positional, keyword, hasSplat };
}

/** The argument bound to parameter `name` at position `index` (keyword wins, as in Python). */
export function argumentFor(args: CallArguments, name: string, index: number): Node | undefined {
  return args.keyword.get(name) ?? args.positional[index];
}
