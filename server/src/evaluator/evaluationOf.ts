// One evaluation per program version, shared by hovers, inlay hints and (later) rules. A program is
// rebuilt whenever one of its documents changes, so caching by program object never serves stale values.
import type { Node } from 'web-tree-sitter';
import type { Program } from '../analysis/program';
import { DefinitionEvaluations, Evaluation, evaluateProgram } from './evaluate';
import { topLevelDefinition } from '../analysis/syntax';

const evaluations = new WeakMap<Program, Evaluation>();
const definitionEvaluations = new WeakMap<Program, DefinitionEvaluations>();

export function evaluationOf(program: Program): Evaluation {
  let evaluation = evaluations.get(program);
  if (!evaluation) {
    evaluation = evaluateProgram(program);
    evaluations.set(program, evaluation);
  }
  return evaluation;
}

/** The program's evaluation if something has asked for it already; never starts one. */
export function existingEvaluationOf(program: Program): Evaluation | undefined {
  return evaluations.get(program);
}

/**
 * The tensor elements the definitions' runs of one program may hold before the next run starts afresh (32 MB of
 * doubles). Each run has the allowance of any run of code (tensor/limits.ts), but the runs add up: hovering one
 * function after another of a file whose functions build large tensors would otherwise keep every one of them.
 */
const MAX_DEFINITION_ELEMENTS = 4_000_000;

/** An evaluation in which one top-level definition has run on its own (see DefinitionEvaluations). */
export function definitionEvaluationOf(program: Program, source: number, definition: Node): Evaluation {
  let evaluations = definitionEvaluations.get(program);
  // Starting afresh forgets the earlier definitions' values: asked for again, they run again.
  if (!evaluations || (evaluations.createdElements > MAX_DEFINITION_ELEMENTS && !evaluations.has(definition))) {
    definitionEvaluations.set(program, (evaluations = new DefinitionEvaluations(program)));
  }
  return evaluations.of(source, definition);
}

/** The tensor elements a program's evaluations hold: its whole evaluation's and its definitions' runs'. */
export function heldElements(program: Program): number {
  return (evaluations.get(program)?.createdElements ?? 0) + (definitionEvaluations.get(program)?.createdElements ?? 0);
}

/**
 * The evaluation that called the function `definition` (any depth) with the code's or example inputs: the
 * program's, unless it made its most example calls before reaching it (a file of more than 400 functions that
 * share a mutable global is one slice); then the evaluation of the function's top-level definition alone.
 */
export function evaluationCalling(program: Program, source: number, definition: Node): Evaluation {
  const whole = evaluationOf(program);
  if (!whole.exampleCallsCut) return whole;
  const fn = whole.values.functionAt(source, definition);
  if (fn && whole.values.outcomeOf(fn)) return whole;
  const top = topLevelDefinition(definition);
  return top ? definitionEvaluationOf(program, source, top) : whole;
}
