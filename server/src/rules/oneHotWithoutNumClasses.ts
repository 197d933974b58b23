// LS009 one-hot-without-num-classes: `F.one_hot(labels)` takes K from the largest label in the batch, so a
// batch without the last class gives targets of the wrong width (and smoothing ε/K with the wrong K). The fix
// passes the number of classes the code already names where the call is (a parameter or a variable such as
// `num_classes` or `K` in its function or statement, or `self.num_classes` in a method); it is unsafe, since
// the name is matched by convention, and there is none when no such name, or more than one, is in sight.
import type { Node, Tree } from 'web-tree-sitter';
import { CLASS_COUNT_REFERENCE } from '../analysis/classCountNames';
import { numericValue } from '../analysis/constants';
import { argumentFor, callArguments, enclosingFunction, forEachNodeOfType } from '../analysis/syntax';
import type { Fix, Rule } from './rule';


export const oneHotWithoutNumClasses: Rule = {
  metadata: {
    code: 'LS009',
    name: 'one-hot-without-num-classes',
    defaultSeverity: 'warning',
    fixSafety: 'unsafe',
    summary: 'F.one_hot(labels) without num_classes',
  },
  check({ program, report }) {
    for (const { call, source, api } of program.torchCalls) {
      if (api !== 'torch.nn.functional.one_hot') continue;
      const args = callArguments(call);
      if (args.hasSplat) continue;
      const numClasses = argumentFor(args, 'num_classes', 1);
      if (numClasses && numericValue(program, numClasses) !== -1) continue;
      report(source, call, '`F.one_hot` without `num_classes` takes K from the largest label in this batch: a batch that lacks ' +
        'the last class gives narrower targets and a wrong ε/K. Pass num_classes=K.', undefined, numClassesFix(call, numClasses));
    }
  },
};

function numClassesFix(call: Node, numClasses: Node | undefined): Fix | undefined {
  const name = classCountNameAt(call);
  if (!name) return undefined;
  const list = call.childForFieldName('arguments')!;
  const labels = list.namedChildren.find(child => child && child.type !== 'comment');
  const edit = numClasses
    ? { start: numClasses.startIndex, end: numClasses.endIndex, newText: name }
    : labels ? { start: labels.endIndex, end: labels.endIndex, newText: `, num_classes=${name}` } : undefined;
  return edit && { title: `Pass num_classes=${name}`, safety: 'unsafe', edits: [edit] };
}

/**
 * The class-count names used in each scope, collected once per scope: a function or cell with thousands of
 * bare `F.one_hot(labels)` calls would otherwise scan the same code once per call.
 */
const namesByScope = new WeakMap<Tree, Map<number, ReadonlySet<string>>>();

/**
 * The one class-count name in sight of `use`: in its function (parameters and body, which include the module
 * names it reads), or in its own top-level statement. Not the rest of the module: whether a fix is offered
 * must not depend on unrelated code elsewhere in the file (the editor analyses a file in independent slices).
 */
function classCountNameAt(use: Node): string | undefined {
  const names = classCountNamesIn(enclosingFunction(use) ?? topLevelStatement(use));
  return names.size === 1 ? [...names][0] : undefined;
}

function classCountNamesIn(scope: Node): ReadonlySet<string> {
  let ofTree = namesByScope.get(scope.tree);
  if (!ofTree) namesByScope.set(scope.tree, (ofTree = new Map()));
  let names = ofTree.get(scope.id);
  if (!names) {
    const found = new Set<string>();
    forEachNodeOfType(scope, ['identifier', 'attribute'], node => {
      if (!CLASS_COUNT_REFERENCE.test(node.text)) return;
      // `num_classes=` names a parameter of the callee, not a value in sight.
      if (node.parent?.type === 'keyword_argument' && node.parent.childForFieldName('name')?.id === node.id) return;
      if (node.type === 'attribute' || node.parent?.type !== 'attribute') found.add(node.text);
    });
    ofTree.set(scope.id, (names = found));
  }
  return names;
}

function topLevelStatement(node: Node): Node {
  let current = node;
  while (current.parent && current.parent.type !== 'module') current = current.parent;
  return current;
}
