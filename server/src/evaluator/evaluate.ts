// The evaluator's entry point: evaluates a program (a file, or a notebook's cells in order) statically and
// reports what print() would show, the error PyTorch or Python would raise, and the values previews need.
import type { Node } from 'web-tree-sitter';
import type { Program } from '../analysis/program';
import type { TruncatedWrite } from './truncatedWrites';
import { Budget, BudgetExceeded, Limits, defaultLimits } from './budget';
import { Interpreter, Location, PrintRecord, PrintedTensor } from './interpreter';
import type { ValueRecorder } from './recorder';
import { PyValue, PythonError, Unsupported } from './values';
import { collectWarnings, MAX_RUN_ELEMENTS, resetRandomState, setGradEnabled, withElementAllowance } from '../tensor';

export type { PrintRecord, PrintedTensor } from './interpreter';

export interface Evaluation {
  readonly prints: PrintRecord[];
  /** The exception the program raises, where it raises it (the innermost statement). */
  readonly error?: { readonly type: string; readonly message: string; readonly line: number; readonly source: number; readonly statement?: Node; readonly raisedBy?: string };
  readonly warnings: string[];
  /** Statements that could not be followed, and why; what they set is unknown afterwards. */
  readonly unsupported: readonly (Location & { readonly reason: string })[];
  /** Set when a budget stopped the evaluation ("not previewed: …"). */
  readonly stoppedBecause?: string;
  /**
   * The wall clock ran out before the evaluation finished: what it reached depends on how busy the machine was,
   * so its results must not be kept as the program's.
   */
  readonly timedOut: boolean;
  /** In-place writes that stored a fractional float in an integer tensor: PyTorch truncates them silently. */
  readonly truncatedWrites: readonly TruncatedWrite[];
  /** Some functions were not called with example inputs (a program makes at most 400 such calls). */
  readonly exampleCallsCut: boolean;
  /** Elements of the tensors the evaluation created (each run of code may create MAX_RUN_ELEMENTS). */
  readonly createdElements: number;
  readonly values: ValueRecorder;
  /** A module-level name's value when the program ends (for tensors changed in place after assignment). */
  finalValue(name: string): PyValue | undefined;
  /** The targets a loss implies, q = −∂loss/∂log p, when the code writes it over log-probabilities. */
  implied(lossVariable: string, logProbVariable: string): PrintedTensor | undefined;
}

export function evaluateProgram(program: Program, limits: Limits = defaultLimits): Evaluation {
  const interpreter = new Interpreter(program, limits);
  const outcome = runIn(interpreter, () => interpreter.run());
  // Functions the program never reached still get their example call: an error in module code (which stops
  // the program, as in Python) should not hide the functions' own previews and errors.
  if (!interpreter.budget.expired) runIn(interpreter, () => interpreter.runExampleCalls(limits));
  return evaluationView(interpreter, outcome);
}

/**
 * The top-level definitions of a program too large to evaluate whole within the budget: the module's
 * definitions run once (imports, defs, constants: cheap), then each function or nn.Module class is called with
 * example inputs, with a budget of its own, the first time a preview needs it.
 */
/** How many times the evaluation's wall-clock budget the definitions pass of a large file may take. */
const DEFINITIONS_TIME_FACTOR = 4;

export class DefinitionEvaluations {
  private readonly interpreter: Interpreter;
  private readonly evaluated = new Set<number>();
  private outcome: RunOutcome;

  constructor(program: Program, private readonly limits: Limits = defaultLimits) {
    this.interpreter = new Interpreter(program, limits);
    // Binding every definition is quick (about 35 ms for 11,000 lines) but without it nothing in the file can be
    // previewed, so a busy machine gets more wall-clock time for it than for running code; still bounded.
    this.interpreter.budget = new Budget({ ...limits, maxMilliseconds: limits.maxMilliseconds * DEFINITIONS_TIME_FACTOR });
    this.outcome = runIn(this.interpreter, () => this.interpreter.runDefinitions());
  }

  /** The tensor elements the definitions' runs created in all (they stay referenced by the recorded values). */
  get createdElements(): number {
    return this.interpreter.createdElements;
  }

  /** Whether `definition` has run already (asking for it again costs nothing). */
  has(definition: Node): boolean {
    return this.evaluated.has(definition.id);
  }

  /** An evaluation in which `definition` (a top-level function_definition or class_definition) has run. */
  of(source: number, definition: Node): Evaluation {
    if (!this.evaluated.has(definition.id)) {
      this.evaluated.add(definition.id);
      const it = this.interpreter;
      const name = definition.childForFieldName('name')?.text;
      it.budget = new Budget(this.limits);
      this.outcome = runIn(it, () => it.runExampleCalls(this.limits, fn => fn.source === source &&
        (fn.node.id === definition.id || (definition.type === 'class_definition' && it.classOfMethod(fn)?.name === name))));
    }
    return evaluationView(this.interpreter, this.outcome);
  }
}

interface RunOutcome {
  readonly error?: Evaluation['error'];
  readonly stoppedBecause?: string;
}

/** Runs part of an evaluation from PyTorch's start-up state; its error or the reason it stopped is the outcome. */
function runIn(interpreter: Interpreter, run: () => void): RunOutcome {
  // The tensor library keeps PyTorch's global state (the random generator, grad mode) per process.
  resetRandomState();
  setGradEnabled(true);
  const stopCollecting = collectWarnings(message => {
    if (!interpreter.recorder.inputs.length) interpreter.warnings.push(message);   // not from example calls
  });
  try {
    withElementAllowance(MAX_RUN_ELEMENTS, run, elements => { interpreter.createdElements += elements; });
    return {};
  } catch (thrown) {
    if (thrown instanceof PythonError) {
      const where: { source: number; line: number; statement?: Node; raisedBy?: string } = interpreter.locationOf(thrown) ?? { source: 0, line: 0 };
      return { error: { type: thrown.type, message: thrown.message, ...where } };
    }
    if (thrown instanceof BudgetExceeded || thrown instanceof Unsupported) return { stoppedBecause: thrown.message };
    throw thrown;
  } finally {
    stopCollecting();
  }
}

function evaluationView(interpreter: Interpreter, outcome: RunOutcome): Evaluation {
  return {
    prints: interpreter.prints,
    error: outcome.error,
    warnings: interpreter.warnings,
    unsupported: interpreter.unsupported,
    truncatedWrites: interpreter.truncatedWrites,
    stoppedBecause: outcome.stoppedBecause,
    timedOut: interpreter.budget.expired,
    exampleCallsCut: interpreter.exampleCallsCut,
    createdElements: interpreter.createdElements,
    values: interpreter.recorder,
    finalValue: name => interpreter.globals.lookup(name),
    implied(lossVariable, logProbVariable) {
      const loss = interpreter.globals.lookup(lossVariable);
      const logProbs = interpreter.globals.lookup(logProbVariable);
      if (loss?.kind !== 'tensor' || logProbs?.kind !== 'tensor') return undefined;
      const implied = interpreter.tangents.implied(loss.tensor, logProbs.tensor);
      return implied && { ...implied, dtype: logProbs.tensor.dtype };
    },
  };
}
