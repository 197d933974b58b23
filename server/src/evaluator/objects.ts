// The interpreter's own values behind PyValue's `object` kind: functions and lambdas defined in the code,
// classes (nn.Module subclasses included), their instances, bound methods, and PyTorch namespaces
// (`torch`, `torch.nn.functional`, …) reached through imports.
import type { Node } from 'web-tree-sitter';
import type { EvaluatorObject, PyValue } from './values';
import type { Scope } from './scope';

export class FunctionObject implements EvaluatorObject {
  readonly typeName = 'function';
  constructor(
    readonly name: string,
    /** A function_definition, or a lambda. */
    readonly node: Node,
    /** The source (file or cell) the function is defined in. */
    readonly source: number,
    /** The scope it closes over. */
    readonly closure: Scope,
    /** Default values, evaluated once where the function is defined (as Python does). */
    readonly defaults: ReadonlyMap<string, PyValue>,
  ) {}
}

export class ClassObject implements EvaluatorObject {
  readonly typeName = 'type';
  constructor(
    readonly name: string,
    readonly bases: readonly PyValue[],
    readonly attributes: Map<string, PyValue>,
    /** Derives from torch.nn.Module: calling an instance runs `forward`. */
    readonly isTorchModule: boolean,
  ) {}

  lookup(name: string): PyValue | undefined {
    const own = this.attributes.get(name);
    if (own) return own;
    for (const base of this.bases) {
      const inherited = base.kind === 'object' && base.object instanceof ClassObject ? base.object.lookup(name) : undefined;
      if (inherited) return inherited;
    }
    return undefined;
  }
}

export class InstanceObject implements EvaluatorObject {
  readonly attributes = new Map<string, PyValue>();
  constructor(readonly cls: ClassObject) {}
  get typeName(): string {
    return this.cls.name;
  }
}

export class BoundMethod implements EvaluatorObject {
  readonly typeName = 'method';
  constructor(readonly self: PyValue, readonly fn: FunctionObject) {}
}

/** A name reached through imports, e.g. `torch.nn`, `torch.nn.Module` or `numpy.log`: PyTorch's are resolved by the tensor library when used; others are unknown. */
export class ImportedName implements EvaluatorObject {
  readonly typeName = 'module';
  constructor(readonly qualifiedName: string) {}
}

/** `super()` inside a method: attribute look-ups skip the instance's own class. */
export class SuperProxy implements EvaluatorObject {
  readonly typeName = 'super';
  constructor(readonly self: PyValue, readonly start: ClassObject) {}
}

export const objectValue = (object: EvaluatorObject): PyValue => ({ kind: 'object', object });

export function asObject<T extends EvaluatorObject>(value: PyValue, type: abstract new (...args: never[]) => T): T | undefined {
  return value.kind === 'object' && value.object instanceof type ? value.object as T : undefined;
}
