// Small, shared questions about tree-sitter-python nodes.
import { Language, Node, Query } from 'web-tree-sitter';

/**
 * Visits the nodes of the given types under `root` (itself included) in document order. A tree-sitter query
 * finds them inside the wasm runtime in one call; walking the tree from JavaScript crosses into wasm at every
 * node, which is what would make the analysis of a large file slow.
 */
export function forEachNodeOfType(root: Node, types: readonly string[], visit: (node: Node) => void): void {
  const query = queryFor(root.tree.language, types);
  for (const { node } of query.captures(root)) visit(node);
}

const queries = new WeakMap<Language, Map<string, Query>>();

function queryFor(language: Language, types: readonly string[]): Query {
  let byTypes = queries.get(language);
  if (!byTypes) queries.set(language, (byTypes = new Map()));
  const key = types.join(' ');
  let query = byTypes.get(key);
  if (!query) {
    query = new Query(language, types.map(type => `(${type}) @node`).join('\n'));
    byTypes.set(key, query);
  }
  return query;
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

/** The module a node belongs to. */
export function rootOf(node: Node): Node {
  let current = node;
  while (current.parent) current = current.parent;
  return current;
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
