// Small, shared questions about tree-sitter-python nodes.
import { Language, Node, Query, Tree } from 'web-tree-sitter';

/**
 * Visits the nodes of the given types under `root` (itself included) in document order. A tree-sitter query
 * finds them inside the wasm runtime in one call; walking the tree from JavaScript crosses into wasm at every
 * node, which is what would make the analysis of a large file slow. The types most rules ask for are found
 * once per tree (nodesOfType), and any subtree's share is a slice of that list.
 */
export function forEachNodeOfType(root: Node, types: readonly string[], visit: (node: Node) => void): void {
  if (types.every(type => INDEXED_TYPES.has(type))) {
    for (const node of indexedNodesUnder(root, types)) visit(node);
    return;
  }
  if (isSmall(root.tree)) {
    walkNodesOfTypes(root, types, visit);
    return;
  }
  const query = queryFor(root.tree.language, types);
  for (const { node } of query.captures(root)) visit(node);
}

/**
 * Trees up to this size are searched by walking them instead: compiling a query costs more (about 12 ms each in
 * a fresh process) than walking a small tree, and a short command-line run would spend most of its time on it.
 */
const SMALL_TREE_CHARACTERS = 16 * 1024;

function isSmall(tree: Tree): boolean {
  return tree.rootNode.endIndex <= SMALL_TREE_CHARACTERS;
}

/** Visits the named nodes of the given types under `root` (itself included), in document order, by a cursor walk. */
function walkNodesOfTypes(root: Node, types: readonly string[], visit: (node: Node) => void): void {
  const cursor = root.walk();
  try {
    for (;;) {
      if (cursor.nodeIsNamed && types.includes(cursor.nodeType)) visit(cursor.currentNode);
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return;
      }
    }
  } finally {
    cursor.delete();
  }
}

/**
 * The named nodes of the given types in a whole tree, in document order: tree-sitter's own search walks it inside
 * wasm in one call (a cursor walk crosses into wasm several times per node). It goes by type name, so types that
 * also name an anonymous token (`type`, `lambda`, `await`…) are walked. For a small subtree the walk is quicker:
 * each search first matches the names against every symbol of the language.
 */
function nodesOfTypesInTree(tree: Tree, types: readonly string[]): Node[] {
  if (namedOnly(tree.language, types)) return tree.rootNode.descendantsOfType(types as string[]);
  const found: Node[] = [];
  walkNodesOfTypes(tree.rootNode, types, node => found.push(node));
  return found;
}

const namedOnlyTypes = new WeakMap<Language, Map<string, boolean>>();

/** Whether every node type called one of `types` is a named node type (no anonymous token has the name). */
function namedOnly(language: Language, types: readonly string[]): boolean {
  let known = namedOnlyTypes.get(language);
  if (!known) namedOnlyTypes.set(language, (known = new Map()));
  const key = types.join(' ');
  let answer = known.get(key);
  if (answer === undefined) {
    answer = true;
    for (let id = 0; id < language.types.length; id++) {
      if (types.includes(language.types[id]) && !language.nodeTypeIsNamed(id)) answer = false;
    }
    known.set(key, answer);
  }
  return answer;
}

/**
 * The node types of the per-tree index, in groups found together by one query on first use: a file that never
 * needs its calls never pays for capturing them, and the statements a scope is made of come in one pass.
 */
const INDEX_GROUPS: readonly (readonly string[])[] = [
  ['call'],
  ['binary_operator'],
  ['import_statement', 'import_from_statement'],
  ['function_definition', 'class_definition', 'assignment', 'augmented_assignment', 'for_statement', 'for_in_clause', 'as_pattern_target'],
];
const GROUP_OF: ReadonlyMap<string, readonly string[]> = new Map(INDEX_GROUPS.flatMap(group => group.map(type => [type, group])));
const INDEXED_TYPES: ReadonlySet<string> = new Set(GROUP_OF.keys());
const INDEXED_TYPE_LIST: readonly string[] = [...INDEXED_TYPES];

const indexes = new WeakMap<Tree, Map<string, Node[]>>();

/** Every node of one indexed type in `tree`, in document order (its group is captured the first time). */
function nodesOfType(tree: Tree, type: string): Node[] {
  let index = indexes.get(tree);
  if (!index) indexes.set(tree, (index = new Map()));
  let nodes = index.get(type);
  if (!nodes) {
    // A small tree is walked once for every group; a large one is searched per group, in wasm.
    const groups = isSmall(tree) ? INDEX_GROUPS : [GROUP_OF.get(type)!];
    for (const member of groups.flat()) index.set(member, []);
    const add = (node: Node) => index!.get(node.type)!.push(node);
    if (isSmall(tree)) for (const node of nodesOfTypesInTree(tree, INDEXED_TYPE_LIST)) add(node);
    else for (const { node } of queryFor(tree.language, groups[0]).captures(tree.rootNode)) add(node);
    nodes = index.get(type)!;
  }
  return nodes;
}

function indexedNodesUnder(root: Node, types: readonly string[]): Node[] {
  const { startIndex, endIndex } = root;
  const found: Node[] = [];
  for (const type of types) {
    const nodes = nodesOfType(root.tree, type);
    // The first node that starts at or after the root; those that start inside it and end inside it are its
    // descendants (an ancestor can start where the root does, but it ends later).
    let low = 0;
    let high = nodes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (nodes[middle].startIndex < startIndex) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < nodes.length && nodes[i].startIndex <= endIndex; i++) {
      const node = nodes[i];
      if (node.endIndex <= endIndex && (node.startIndex < endIndex || node.startIndex === startIndex)) found.push(node);
    }
  }
  // Document order across types: by start, and the outer of two nodes that start together first.
  if (types.length > 1) found.sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
  return found;
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

/** The outermost function or class definition `node` is in (itself included); undefined at module level. */
export function topLevelDefinition(node: Node): Node | undefined {
  let found: Node | undefined;
  for (let current: Node | null = node; current; current = current.parent) {
    if (current.type === 'function_definition' || current.type === 'class_definition') found = current;
  }
  return found;
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

/** `a.b.c`, spaces around the dots allowed. */
const DOTTED_NAME = /^[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*$/;

/**
 * `a.b.c` for an identifier or an attribute chain (undefined for anything else), read from the text — one
 * string slice — rather than by walking the chain, which crosses into wasm at every part. Anything unusual
 * (a comment inside the chain) takes the walk.
 */
export function dottedName(node: Node): string | undefined {
  if (node.type !== 'identifier' && node.type !== 'attribute') return undefined;
  const text = node.text;
  return DOTTED_NAME.test(text) ? text.replace(/\s+/g, '') : dottedParts(node)?.join('.');
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
