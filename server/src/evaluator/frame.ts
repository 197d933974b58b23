// Where code runs: its scope, the source (file or cell) it is in, and for methods the class and instance
// that `super()` needs.
import type { ClassObject } from './objects';
import type { Scope } from './scope';
import type { PyValue } from './values';

export interface Frame {
  readonly scope: Scope;
  readonly source: number;
  /** Inside a method: the class it is defined in and its first argument. */
  readonly method?: { readonly cls: ClassObject; readonly self: PyValue };
}
