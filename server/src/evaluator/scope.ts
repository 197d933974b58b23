// Name resolution: a function's locals, then the scopes it closes over, then the module's globals.
// (A class body is a scope of its own that its methods do not see, as in Python.)
import type { PyValue } from './values';

export class Scope {
  private readonly names = new Map<string, PyValue>();
  /** Names a function declared `global`: assignments to them go to the module scope. */
  private readonly globalNames = new Set<string>();

  constructor(readonly parent: Scope | undefined) {}

  get globals(): Scope {
    let scope: Scope = this;
    while (scope.parent) scope = scope.parent;
    return scope;
  }

  lookup(name: string): PyValue | undefined {
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      const value = scope.names.get(name);
      if (value) return value;
    }
    return undefined;
  }

  assign(name: string, value: PyValue): void {
    (this.globalNames.has(name) ? this.globals : this).names.set(name, value);
  }

  declareGlobal(name: string): void {
    this.globalNames.add(name);
  }

  entries(): IterableIterator<[string, PyValue]> {
    return this.names.entries();
  }
}
