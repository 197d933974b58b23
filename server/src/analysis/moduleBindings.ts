// Module-level names bound by assignment (`EPS = 0.1`, `logits = torch.randn(3, 4)`), so that a value written
// once at the top of a file or notebook can be followed to where it is used. A name assigned more than once,
// by unpacking, or by an augmented assignment has no single value and is not followed.
import type { Node } from 'web-tree-sitter';
import type { Located } from './program';
import { enclosingFunction, forEachNodeOfType } from './syntax';

export class ModuleBindings {
  /** Each function's local names, by node id: rules ask about many names inside the same few functions. */
  private readonly localsOf = new Map<number, ReadonlySet<string>>();

  private constructor(private readonly values: ReadonlyMap<string, Located | null>) {}

  static collect(roots: readonly Located[]): ModuleBindings {
    const values = new Map<string, Located | null>();
    const bind = (name: string, value: Located | null) => values.set(name, values.has(name) ? null : value);
    for (const { node: root, source } of roots) {
      forEachNodeOfType(root, ASSIGNMENTS, node => {
        if (isInsideDefinition(node)) return;
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (left?.type === 'identifier') {
          bind(left.text, node.type === 'assignment' && right ? { node: right, source } : null);
        } else if (left) {
          forEachNodeOfType(left, ['identifier'], target => bind(target.text, null));
        }
      });
    }
    return new ModuleBindings(values);
  }

  /** The single value assigned to `name` at module level, unless `use` sits where `name` is a local. */
  valueOf(name: string, use: Node): Located | undefined {
    const value = this.values.get(name);
    if (!value || this.isLocalAt(name, use)) return undefined;
    return value;
  }

  /** Whether `name` is a parameter of, or assigned inside, any function enclosing `use`. */
  private isLocalAt(name: string, use: Node): boolean {
    for (let fn = enclosingFunction(use); fn; fn = enclosingFunction(fn)) {
      let locals = this.localsOf.get(fn.id);
      if (!locals) this.localsOf.set(fn.id, (locals = localNames(fn)));
      if (locals.has(name)) return true;
    }
    return false;
  }
}

const ASSIGNMENTS = ['assignment', 'augmented_assignment'];

function isInsideDefinition(node: Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition' || current.type === 'class_definition') return true;
  }
  return false;
}

/** The names a function's parameters and assignments bind (in its body, nested functions included). */
function localNames(fn: Node): Set<string> {
  const names = new Set<string>();
  const parameters = fn.childForFieldName('parameters');
  if (parameters) forEachNodeOfType(parameters, ['identifier'], node => { names.add(node.text); });
  const body = fn.childForFieldName('body');
  if (body) {
    forEachNodeOfType(body, ASSIGNMENTS, node => {
      const left = node.childForFieldName('left');
      if (left) forEachNodeOfType(left, ['identifier'], target => { names.add(target.text); });
    });
  }
  return names;
}
