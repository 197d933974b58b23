// The state of one evaluation of a program: its globals (notebook cells share them, in order), the output
// of print(), the budget, and what previews need. Statements and expressions are in their own files.
import type { Node } from 'web-tree-sitter';
import type { Program } from '../analysis/program';
import { Budget, BudgetExceeded, Limits, defaultLimits } from './budget';
import { ClassObject, FunctionObject, SuperProxy, asObject, objectValue } from './objects';
import { Scope } from './scope';
import { ValueRecorder } from './recorder';
import { Tangents } from './tangents';
import { createBuiltin, MathModule, mathAttribute } from './builtins';
import { executeBlock, executeBlockOf } from './statements';
import { definesCheaply } from './definitions';
import type { Frame } from './frame';
import { EvaluatorObject, PyValue, PythonError, Unsupported, native, str, unknown } from './values';
import { ExampleArguments, exampleArguments } from './exampleInputs';
import type { TruncatedWrite } from './truncatedWrites';
import { callValue, invoke } from './calls';

/**
 * At most this many functions are called with example inputs per evaluation (the wall clock bounds them too).
 * Generous: the editor analyses a slice as one program, and functions that share a mutable global (a `device`,
 * a `config`, a log list) are one slice, however many they are; a function past the cap goes unchecked.
 */
const MAX_EXAMPLE_CALLS = 400;

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

/** Where an error was raised: the innermost statement. */
export interface RaisedAt extends Location {
  readonly statement: Node;
  /** The PyTorch function or method that raised it, e.g. `scatter_`, `nll_loss`, `NLLLoss`. */
  readonly raisedBy?: string;
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
  /** In-place writes that stored a fractional float in an integer tensor (truncatedWrites.ts), at most 100. */
  readonly truncatedWrites: TruncatedWrite[] = [];
  /**
   * The innermost statement running, and its source: where a truncated write happens. Two fields rather than one
   * object, so that running a statement allocates nothing.
   */
  statementNode: Node | undefined;
  statementSource = 0;
  readonly tangents = new Tangents((error, name) => this.raisedBy(error, name));
  readonly recorder = new ValueRecorder(value => (value.kind === 'tensor' ? this.tangents.impliedBy(value.tensor) : undefined));
  budget: Budget;
  /** Some function got no example call: the program defines more than MAX_EXAMPLE_CALLS of them. */
  exampleCallsCut = false;
  /** Elements of the tensors created so far (see MAX_RUN_ELEMENTS): what keeping this evaluation costs. */
  createdElements = 0;
  readonly globals = new Scope(undefined);
  /** The built-ins this evaluation has used (created on first use, so that each keeps its identity). */
  private readonly builtins = new Map<string, PyValue | undefined>();
  private readonly methodClasses = new WeakMap<FunctionObject, ClassObject>();
  private readonly errorLocations = new WeakMap<Error, RaisedAt>();
  private readonly raisers = new WeakMap<Error, string>();

  constructor(readonly program: Program, limits: Limits = defaultLimits) {
    this.budget = new Budget(limits);
    this.globals.assign('__name__', str('__main__'));
  }

  /** Runs every source (the file, or the cells in order) in the shared global scope. */
  run(): void {
    this.program.sources.forEach((document, source) => executeBlock(this, document.root, { scope: this.globals, source }));
  }

  /**
   * Runs only what defines names, cheaply: imports, function and class definitions, and assignments without
   * calls (constants). Enough to call one function of a file too large to evaluate whole.
   */
  runDefinitions(): void {
    this.program.sources.forEach((document, source) => {
      const frame = { scope: this.globals, source };
      for (const statement of document.root.namedChildren) {
        if (statement && definesCheaply(statement)) executeBlockOf(this, statement, frame);
      }
    });
  }

  /**
   * Calls, with example inputs, the module-level functions and nn.Module classes the code defines but never
   * uses, so that their bodies have values to preview too. Each call has a budget of its own; one that fails
   * records why and the others still run.
   */
  runExampleCalls(limits: Limits, only?: (fn: FunctionObject) => boolean): void {
    let calls = 0;
    const main = this.budget;
    for (const fn of [...this.recorder.definedFunctions()]) {
      if (only && !only(fn)) continue;
      if (main.expired) return;
      if (this.recorder.outcomeOf(fn) || fn.closure !== this.globals) continue;
      const cls = this.classOfMethod(fn);
      if (cls && !(cls.isTorchModule && fn.name === 'forward')) continue;
      if (calls >= MAX_EXAMPLE_CALLS) {
        this.exampleCallsCut = true;
        continue;
      }
      calls++;
      this.budget = main.withFreshSteps(Math.min(limits.maxSteps, 20_000));
      try {
        this.callWithExamples(fn, cls);
      } catch (error) {
        if (!(error instanceof PythonError || error instanceof Unsupported || error instanceof BudgetExceeded)) throw error;
        if (error instanceof PythonError) this.recorder.recordOutcome(fn, { raised: { type: error.type, message: error.message, at: this.locationOf(error) } });
      } finally {
        this.recorder.inputs = [];
      }
    }
  }

  private callWithExamples(fn: FunctionObject, cls: ClassObject | undefined): void {
    let self: PyValue | undefined;
    const described: string[] = [];
    let initArgs: ExampleArguments | undefined;
    let initFn: FunctionObject | undefined;
    if (cls) {
      const init = cls.lookup('__init__');
      initFn = init && asObject(init, FunctionObject);
      initArgs = initFn ? exampleArguments(initFn.node, initFn.defaults, this.globals, true) : undefined;
      if (initArgs?.missing) return;
      described.push(...(initArgs?.described ?? []).map(text => `${cls.name}(${text})`));
      this.recorder.inputs = described;
      self = callValue(this, objectValue(cls), { positional: [], keyword: initArgs?.values ?? new Map() });
    }
    // forward()'s logits get the K that __init__ was given (`classes=2`), not a K of their own; and what it gives
    // the KLDivLoss that __init__ built is log-probabilities.
    const args = exampleArguments(fn.node, fn.defaults, this.globals, !!cls, { init: initFn?.node, classes: initArgs?.classes });
    if (args.missing) return;
    for (const logProbs of args.logProbs) if (logProbs.kind === 'tensor') this.tangents.seed(logProbs.tensor);
    described.push(...args.described);
    this.recorder.inputs = described.length ? described : ['the defaults'];
    invoke(this, fn, { positional: self ? [self] : [], keyword: args.values }, cls);
  }

  builtin(name: string, frame: Frame): PyValue | undefined {
    if (name === 'super') {
      return native('super', () => (frame.method
        ? objectValue(new SuperProxy(frame.method.self, frame.method.cls))
        : unknown('super() outside a method')));
    }
    if (!this.builtins.has(name)) this.builtins.set(name, createBuiltin(this, name));
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

  /** Records that the statement running wrote `value` into an integer tensor with `write`, truncating it. */
  noteTruncatedWrite(write: string, dtype: string, value: number): void {
    const statement = this.statementNode;
    const source = this.statementSource;
    if (!statement || this.truncatedWrites.length >= 100 || this.truncatedWrites.some(w => w.statement.id === statement.id && w.source === source)) return;
    this.truncatedWrites.push({ source, statement, write, dtype, value });
  }

  noteUnsupported(source: number, node: Node, reason: string): void {
    if (this.unsupported.length < 1000) this.unsupported.push({ source, line: node.startPosition.row + 1, reason });
  }

  /** Remembers where an error happened: the innermost statement, which is the first to see it. */
  locate(error: PythonError, source: number, node: Node): void {
    if (!this.errorLocations.has(error)) {
      this.errorLocations.set(error, { source, line: node.startPosition.row + 1, statement: node, raisedBy: this.raisers.get(error) });
    }
  }

  /** Remembers which PyTorch function raised an error (`scatter_`, `nll_loss`, …): the innermost one. */
  raisedBy(error: unknown, name: string): void {
    if (error instanceof PythonError && !this.raisers.has(error)) this.raisers.set(error, name.split('.').pop()!);
  }

  raiserOf(error: Error): string | undefined {
    return this.raisers.get(error);
  }

  locationOf(error: Error): RaisedAt | undefined {
    return this.errorLocations.get(error);
  }
}
