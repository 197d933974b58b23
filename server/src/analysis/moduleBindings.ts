// Module-level names bound by assignment (`EPS = 0.1`, `logits = torch.randn(3, 4)`), so that a value written
// once at the top of a file or notebook can be followed to where it is used. A name assigned more than once,
// by unpacking, or by an augmented assignment has no single value and is not followed.
import type { Node } from 'web-tree-sitter';
import type { Located } from './program';
import { enclosingFunction, forEachNodeOfType } from './syntax';

export class ModuleBindings {
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
    if (isLocalAt(name, use)) return undefined;
    return this.values.get(name) ?? undefined;
  }
}

const ASSIGNMENTS = ['assignment', 'augmented_assignment'];

function isInsideDefinition(node: Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition' || current.type === 'class_definition') return true;
  }
  return false;
}

/** Whether `name` is a parameter of, or assigned inside, any function enclosing `use`. */
function isLocalAt(name: string, use: Node): boolean {
  for (let fn = enclosingFunction(use); fn; fn = enclosingFunction(fn)) {
    let local = false;
    const parameters = fn.childForFieldName('parameters');
    if (parameters) forEachNodeOfType(parameters, ['identifier'], node => { local ||= node.text === name; });
    const body = fn.childForFieldName('body');
    if (body && !local) {
      forEachNodeOfType(body, ASSIGNMENTS, node => {
        if (local) return;
        const left = node.childForFieldName('left');
        if (left) forEachNodeOfType(left, ['identifier'], target => { local ||= target.text === name; });
      });
    }
    if (local) return true;
  }
  return false;
}
