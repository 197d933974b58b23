// The state of one evaluation of a program: its globals (notebook cells share them, in order), the output
// of print(), the budget, and what previews need. Statements and expressions are in their own files.
import type { Node } from 'web-tree-sitter';
import type { Program } from '../analysis/program';
import { Budget, Limits, defaultLimits } from './budget';
import { ClassObject, FunctionObject, SuperProxy, objectValue } from './objects';
import { Scope } from './scope';
import { ValueRecorder } from './recorder';
import { Tangents } from './tangents';
import { createBuiltins, MathModule, mathAttribute } from './builtins';
import { executeBlock } from './statements';
import type { Frame } from './frame';
import { native } from './attributes';
import { EvaluatorObject, PyValue, PythonError, str, unknown } from './values';

export interface PrintedTensor {
  readonly shape: number[];
  readonly dtype: string;
  readonly values: number[];
}

export interface PrintRecord {
  /** What print() wrote, without its final newline. */
  readonly text: string;
  /** The tensors among print()'s arguments. */
  readonly tensors: PrintedTensor[];
}

export interface Location {
  readonly source: number;
  /** 1-based */
  readonly line: number;
}

export class Interpreter {
  readonly prints: PrintRecord[] = [];
  readonly warnings: string[] = [];
  readonly unsupported: (Location & { readonly reason: string })[] = [];
  readonly recorder = new ValueRecorder();
  readonly tangents = new Tangents();
  readonly budget: Budget;
  readonly globals = new Scope(undefined);
  private readonly builtins: Map<string, PyValue>;
  private readonly methodClasses = new WeakMap<FunctionObject, ClassObject>();
  private readonly errorLocations = new WeakMap<Error, Location>();

  constructor(readonly program: Program, limits: Limits = defaultLimits) {
    this.budget = new Budget(limits);
    this.builtins = createBuiltins(this);
    this.globals.assign('__name__', str('__main__'));
  }

  /** Runs every source (the file, or the cells in order) in the shared global scope. */
  run(): void {
    this.program.sources.forEach((document, source) => executeBlock(this, document.root, { scope: this.globals, source }));
  }

  builtin(name: string, frame: Frame): PyValue | undefined {
    if (name === 'super') {
      return native('super', () => (frame.method
        ? objectValue(new SuperProxy(frame.method.self, frame.method.cls))
        : unknown('super() outside a method')));
    }
    return this.builtins.get(name);
  }

  builtinAttribute(object: EvaluatorObject, name: string): PyValue | undefined {
    return object instanceof MathModule ? mathAttribute(name) : undefined;
  }

  registerMethod(fn: FunctionObject, cls: ClassObject): void {
    this.methodClasses.set(fn, cls);
  }

  classOfMethod(fn: FunctionObject): ClassObject | undefined {
    return this.methodClasses.get(fn);
  }

  noteUnsupported(source: number, node: Node, reason: string): void {
    if (this.unsupported.length < 1000) this.unsupported.push({ source, line: node.startPosition.row + 1, reason });
  }

  /** Remembers where an error happened: the innermost statement, which is the first to see it. */
  locate(error: PythonError, source: number, node: Node): void {
    if (!this.errorLocations.has(error)) this.errorLocations.set(error, { source, line: node.startPosition.row + 1 });
  }

  locationOf(error: Error): Location | undefined {
    return this.errorLocations.get(error);
  }
}
