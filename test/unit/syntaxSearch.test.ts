// forEachNodeOfType answers from tree-sitter's own search, a per-tree index or a query, depending on the tree and
// the types: every route must find exactly the named nodes a plain cursor walk finds, in the same order.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Node } from 'web-tree-sitter';
import { forEachNodeOfType } from '../../server/src/analysis/syntax';
import { repositoryRoot, testParser } from '../helpers/parser';
import { trainingModule } from '../../bench/trainingModule';

/** The reference: every named node of the types under `root` (itself included), in document order. */
function walked(root: Node, types: readonly string[]): string[] {
  const found: string[] = [];
  const cursor = root.walk();
  for (;;) {
    if (cursor.nodeIsNamed && types.includes(cursor.nodeType)) found.push(nodeKey(cursor.currentNode));
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        return found;
      }
    }
  }
}

function nodeKey(node: Node): string {
  return `${node.type}@${node.startIndex}-${node.endIndex}`;
}

const TYPE_LISTS: readonly (readonly string[])[] = [
  ['call'], ['identifier'], ['identifier', 'attribute'], ['assignment', 'function_definition'],
  ['function_definition', 'class_definition', 'assignment', 'augmented_assignment', 'for_statement', 'for_in_clause', 'as_pattern_target', 'call'],
  // Names an anonymous token shares (`lambda`, `type`, `await`): only the named nodes count.
  ['lambda', 'type', 'await', 'yield'], ['ERROR'], ['with_item', 'keyword_argument'],
];

const sources: [string, string][] = [
  ...fs.readdirSync(path.join(repositoryRoot, 'examples')).filter(name => name.endsWith('.py'))
    .map((name): [string, string] => [name, fs.readFileSync(path.join(repositoryRoot, 'examples', name), 'utf8')]),
  ['lambdas, type aliases, awaits and a syntax error', 'f = lambda x: x\ntype Alias = list[int]\nasync def g():\n    await h()\n    yield (lambda: 1)\nx = (1,\n'],
  ['a generated module over the small-tree size', trainingModule(600)],
];

describe('forEachNodeOfType finds what a cursor walk finds', () => {
  for (const [name, text] of sources) {
    it(`${name}: the whole tree and each top-level statement, for every kind of type list`, async () => {
      const tree = (await testParser()).parse(text);
      try {
        const roots = [tree.rootNode, ...tree.rootNode.namedChildren.filter((node): node is Node => !!node)];
        for (const root of roots) {
          for (const types of TYPE_LISTS) {
            const found: string[] = [];
            forEachNodeOfType(root, types, node => found.push(nodeKey(node)));
            assert.deepStrictEqual(found, walked(root, types), `${types.join(', ')} under ${nodeKey(root)}`);
          }
        }
      } finally {
        tree.delete();
      }
    });
  }
});
