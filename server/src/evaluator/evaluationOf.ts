// One evaluation per program version, shared by hovers, inlay hints and (later) rules. A program is
// rebuilt whenever one of its documents changes, so caching by program object never serves stale values.
import type { Program } from '../analysis/program';
import { Evaluation, evaluateProgram } from './evaluate';

const evaluations = new WeakMap<Program, Evaluation>();

export function evaluationOf(program: Program): Evaluation {
  let evaluation = evaluations.get(program);
  if (!evaluation) {
    evaluation = evaluateProgram(program);
    evaluations.set(program, evaluation);
  }
  return evaluation;
}
