// The evaluator's entry point: evaluates a program (a file, or a notebook's cells in order) statically and
// reports what print() would show, the error PyTorch or Python would raise, and the values previews need.
import type { Program } from '../analysis/program';
import { BudgetExceeded, Limits, defaultLimits } from './budget';
import { Interpreter, Location, PrintRecord, PrintedTensor } from './interpreter';
import type { ValueRecorder } from './recorder';
import { PythonError, Unsupported } from './values';
import { collectWarnings, resetRandomState, setGradEnabled } from '../tensor';

export type { PrintRecord, PrintedTensor } from './interpreter';

export interface Evaluation {
  readonly prints: PrintRecord[];
  /** The exception the program raises, where it raises it (the innermost statement). */
  readonly error?: { readonly type: string; readonly message: string; readonly line: number; readonly source: number };
  readonly warnings: string[];
  /** Statements that could not be followed, and why; what they set is unknown afterwards. */
  readonly unsupported: readonly (Location & { readonly reason: string })[];
  /** Set when a budget stopped the evaluation ("not previewed: …"). */
  readonly stoppedBecause?: string;
  readonly values: ValueRecorder;
  /** The targets a loss implies, q = −∂loss/∂log p, when the code writes it over log-probabilities. */
  implied(lossVariable: string, logProbVariable: string): PrintedTensor | undefined;
}

export function evaluateProgram(program: Program, limits?: Limits): Evaluation {
  // The tensor library keeps PyTorch's global state (the random generator, grad mode) per process: every
  // evaluation starts from PyTorch's state at start-up.
  resetRandomState();
  setGradEnabled(true);
  const interpreter = new Interpreter(program, limits);
  const stopCollecting = collectWarnings(message => {
    if (!interpreter.recorder.inputs.length) interpreter.warnings.push(message);   // not from example calls
  });
  let error: Evaluation['error'];
  let stoppedBecause: string | undefined;
  try {
    interpreter.run();
    interpreter.runExampleCalls(limits ?? defaultLimits);
  } catch (thrown) {
    if (thrown instanceof PythonError) {
      const where = interpreter.locationOf(thrown) ?? { source: 0, line: 0 };
      error = { type: thrown.type, message: thrown.message, ...where };
    } else if (thrown instanceof BudgetExceeded || thrown instanceof Unsupported) {
      stoppedBecause = thrown.message;
    } else {
      throw thrown;
    }
  } finally {
    stopCollecting();
  }
  return {
    prints: interpreter.prints,
    error,
    warnings: interpreter.warnings,
    unsupported: interpreter.unsupported,
    stoppedBecause,
    values: interpreter.recorder,
    implied(lossVariable, logProbVariable) {
      const loss = interpreter.globals.lookup(lossVariable);
      const logProbs = interpreter.globals.lookup(logProbVariable);
      if (loss?.kind !== 'tensor' || logProbs?.kind !== 'tensor') return undefined;
      const implied = interpreter.tangents.implied(loss.tensor, logProbs.tensor);
      return implied && { ...implied, dtype: logProbs.tensor.dtype };
    },
  };
}
