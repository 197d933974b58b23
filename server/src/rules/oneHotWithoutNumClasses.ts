// LS009 one-hot-without-num-classes: `F.one_hot(labels)` takes K from the largest label in the batch, so a
// batch without the last class gives targets of the wrong width (and smoothing ε/K with the wrong K). The fix
// passes the number of classes the code already names where the call is (a parameter or a variable such as
// `num_classes` or `K`, or `self.num_classes` in a method); it is unsafe, since the name is matched by
// convention, and there is none when no such name, or more than one, is in sight.
import type { Node, Tree } from 'web-tree-sitter';
import { numericValue } from '../analysis/constants';
import { argumentFor, callArguments, enclosingFunction, forEachNodeOfType, rootOf } from '../analysis/syntax';
import type { Fix, Rule } from './rule';

/** Names people give the number of classes. */
const CLASS_COUNT = /^(?:self\.)?(?:num_classes|n_classes|nclasses|num_labels|n_labels|number_of_classes|classes|class_num|num_class|n_class|K)$/;

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
 * The class-count names used in each scope, collected once per scope: a notebook cell with thousands of bare
 * `F.one_hot(labels)` calls would otherwise scan the whole module once per call.
 */
const namesByScope = new WeakMap<Tree, Map<number, ReadonlySet<string>>>();

function classCountNamesIn(root: Node, statementsOnly = false): ReadonlySet<string> {
  let ofTree = namesByScope.get(root.tree);
  if (!ofTree) namesByScope.set(root.tree, (ofTree = new Map()));
  // A module's own names and the names of its module-level statements differ: they are cached apart (id vs ~id).
  const key = statementsOnly ? ~root.id : root.id;
  let names = ofTree.get(key);
  if (!names) {
    const found = new Set<string>();
    const collect = (scope: Node) => forEachNodeOfType(scope, ['identifier', 'attribute'], node => {
      if (CLASS_COUNT.test(node.text) && (node.type === 'attribute' || node.parent?.type !== 'attribute')) found.add(node.text);
    });
    if (!statementsOnly) collect(root);
    else for (const statement of root.namedChildren) if (statement && statement.type === 'expression_statement') collect(statement);
    ofTree.set(key, (names = found));
  }
  return names;
}

/** The one class-count name in sight of `use`: in its function (parameters and body) or at module level. */
function classCountNameAt(use: Node): string | undefined {
  const scope = enclosingFunction(use) ?? rootOf(use);
  let names = classCountNamesIn(scope);
  // Module-level names are in sight of a function too.
  if (names.size === 0 && scope.type === 'function_definition') names = classCountNamesIn(rootOf(use), true);
  return names.size === 1 ? [...names][0] : undefined;
}
