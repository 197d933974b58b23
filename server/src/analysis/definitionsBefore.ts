// What builds a name before one of its uses, in the same function (or at module level when the use is there):
// the right-hand sides of `name = …` and the in-place method calls `name.scatter_(…)`, `name.fill_(…)`. Rules
// use it to follow a value back to the code that made it, for messages and fixes.
import type { Node } from 'web-tree-sitter';
import { enclosingFunction, forEachNodeOfType, rootOf } from './syntax';

export function definitionsBefore(name: string, use: Node): Node[] {
  const scope = enclosingFunction(use) ?? rootOf(use);
  const found: Node[] = [];
  forEachNodeOfType(scope, ['assignment', 'call'], node => {
    if (node.startIndex >= use.startIndex || enclosingFunction(node)?.id !== enclosingFunction(use)?.id) return;
    if (node.type === 'assignment') {
      const right = node.childForFieldName('right');
      if (node.childForFieldName('left')?.text === name && right) found.push(right);
    } else {
      const callee = node.childForFieldName('function');
      if (callee?.type === 'attribute' && callee.childForFieldName('object')?.text === name) found.push(node);
    }
  });
  return found;
}
