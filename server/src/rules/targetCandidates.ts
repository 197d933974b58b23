// The tensors the target rules judge (LS001, LS002, LS013): only final values, never intermediate steps
// (`one_hot * (1 - eps)` before `+ eps / K` is not a target yet). Those are what a function returns (called with
// example inputs), each module-level name that nothing changes afterwards, in its final state, and what a
// function or method gives a loss that takes target distributions (a loss module's forward() builds its targets
// and returns the loss). Losses among them carry the targets they imply. Computed once per program and shared by
// the rules.
import type { Node } from 'web-tree-sitter';
import { lossApplications } from '../analysis/lossApplications';
import { enclosingFunction, forEachNodeOfType, unparenthesized } from '../analysis/syntax';
import { evaluationCalling, evaluationOf } from '../evaluator/evaluationOf';
import { targetsAffectedBy } from '../evaluator/assignment';
import { previewedReturn } from '../evaluator/recorder';
import type { Program } from '../analysis/program';
import { previewOf, ValuePreview } from '../previews/valuePreview';

export interface TargetCandidate {
  readonly source: number;
  /** Where a finding goes: the function's name, or the module-level name. */
  readonly at: Node;
  /** How a message speaks of it: "`smooth` returns …", "`targets` holds …". */
  readonly verb: 'returns' | 'holds';
  /** Where the code that computed it lives: the function definition, or the module-level statements that write it. */
  readonly scopes: readonly Node[];
  readonly preview: ValuePreview;
}

const candidates = new WeakMap<Program, readonly TargetCandidate[]>();

export function targetCandidates(program: Program): readonly TargetCandidate[] {
  let found = candidates.get(program);
  if (!found) {
    found = findCandidates(program);
    candidates.set(program, found);
  }
  return found;
}

function findCandidates(program: Program): TargetCandidate[] {
  // Evaluating costs far more than parsing; a program that never mentions torch builds no tensors.
  if (!program.mentionsTorch) return [];
  const evaluation = evaluationOf(program);
  const found: TargetCandidate[] = [];
  const judged = program.sources.map(() => new Set<string>());
  program.sources.forEach((document, source) => {
    forEachNodeOfType(document.root, ['function_definition'], definition => {
      judged[source].add(definition.childForFieldName('name')!.text);
      const calling = evaluationCalling(program, source, definition);
      const fn = calling.values.functionAt(source, definition);
      const outcome = fn && calling.values.outcomeOf(fn);
      const returned = outcome && previewedReturn(outcome);
      const preview = returned && previewOf({ value: returned, inputs: outcome.inputs, implied: outcome.implied });
      if (preview && !('notPreviewed' in preview)) {
        found.push({ source, at: definition.childForFieldName('name')!, verb: 'returns', scopes: [definition], preview });
      }
    });
    for (const { node, changedInPlace, statements } of finalModuleWrites(program, source)) {
      // `loss = smoothed_loss(logits, labels)`: what the function returns is judged at the function already.
      if (!changedInPlace && judged[source].has(calledFunction(node) ?? '')) continue;
      // Built in place (`zeros`, then `fill_`, then `scatter_`): its value when the program ends is final.
      const finalValue = changedInPlace ? evaluation.finalValue(node.text) : undefined;
      const recorded = finalValue ? { value: finalValue, inputs: [] } : evaluation.values.valueAt(source, node);
      const preview = recorded && previewOf(recorded);
      if (preview && !('notPreviewed' in preview)) found.push({ source, at: node, verb: 'holds', scopes: statements, preview });
    }
  });
  const given = givenToLosses(program, judged);
  // Targets a function gives its loss are judged as such ("`true_dist` holds …", at the argument), not again
  // through the targets its returned loss implies.
  const judgedAtTheLoss = new Set(given.map(({ candidate, definition }) => `${candidate.source}:${definition.id}`));
  return [
    ...found.map(candidate => candidate.verb === 'returns' && judgedAtTheLoss.has(`${candidate.source}:${candidate.scopes[0].id}`)
      ? { ...candidate, preview: { ...candidate.preview, implied: undefined } }
      : candidate),
    ...given.map(({ candidate }) => candidate),
  ];
}

/** Losses that compare log-probabilities with target distributions. */
const DISTRIBUTION_LOSSES = new Set(['torch.nn.functional.kl_div', 'torch.nn.functional.cross_entropy']);
const DISTRIBUTION_LOSS_MODULES = new Set(['torch.nn.KLDivLoss', 'torch.nn.CrossEntropyLoss']);

/**
 * The targets a function or method gives a loss (`self.criterion(x, true_dist)`), as they were at the call, with
 * the function. Left out: module-level names (judged in their final state), calls of the code's functions (judged
 * at the function), and losses kept per element (reduction='none'), which the code may still mask, weigh or drop
 * rows of.
 */
function givenToLosses(program: Program, judged: readonly Set<string>[]): { candidate: TargetCandidate; definition: Node }[] {
  const found: { candidate: TargetCandidate; definition: Node }[] = [];
  for (const { call, source, target } of lossApplications(program, DISTRIBUTION_LOSSES, DISTRIBUTION_LOSS_MODULES)) {
    const definition = enclosingFunction(call);
    if (!definition) continue;
    const node = unparenthesized(target);
    const callee = node.type === 'call' ? node.childForFieldName('function') : undefined;
    if (callee?.type === 'identifier' && judged[source].has(callee.text)) continue;
    const values = evaluationCalling(program, source, definition).values;
    const loss = values.valueAt(source, call)?.value;
    if (loss?.kind !== 'tensor' || loss.tensor.ndim !== 0) continue;
    const recorded = values.valueAt(source, node);
    const preview = recorded && previewOf(recorded);
    if (!preview || 'notPreviewed' in preview) continue;
    found.push({ candidate: { source, at: node, verb: 'holds', scopes: [enclosingClass(definition) ?? definition], preview }, definition });
  }
  return found;
}

/** The class a method belongs to: where its module's other methods (`__init__`) compute what it uses. */
function enclosingClass(definition: Node): Node | undefined {
  const parent = definition.parent?.type === 'block' ? definition.parent.parent : undefined;
  return parent?.type === 'class_definition' ? parent : undefined;
}

/**
 * The last module-level write of each name that nothing rebinds or changes afterwards: an assignment
 * (`targets = …`), or an in-place change (`true_dist.scatter_(…)`, `t[:, 0] = 0`), whose name node is returned
 * with every module-level statement that writes the name.
 */
function finalModuleWrites(program: Program, source: number): { node: Node; changedInPlace: boolean; statements: Node[] }[] {
  const statements = program.sources[source].root.namedChildren.filter((node): node is Node => !!node);
  const writers = new Map<string, Node[]>();
  const affectedBy = statements.map(statement => {
    const affected = targetsAffectedBy([statement]);
    if (statement.type === 'expression_statement') {
      for (const name of new Set(affected.map(node => node.text))) writers.set(name, [...(writers.get(name) ?? []), statement]);
    }
    return affected;
  });
  const seen = new Set<string>();
  const finals: { node: Node; changedInPlace: boolean; statements: Node[] }[] = [];
  for (let i = statements.length - 1; i >= 0; i--) {
    const statement = statements[i];
    if (statement.type !== 'expression_statement') {
      for (const affected of affectedBy[i]) seen.add(affected.text);
      continue;
    }
    const assignment = statement.namedChildren[0];
    const assigned = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : undefined;
    for (const affected of affectedBy[i]) {
      if (seen.has(affected.text)) continue;
      seen.add(affected.text);
      finals.push({ node: affected, changedInPlace: affected.id !== assigned?.id, statements: writers.get(affected.text) ?? [statement] });
    }
  }
  return finals.reverse();
}

/** `f` for a name assigned `f(…)`. */
function calledFunction(name: Node): string | undefined {
  const right = name.parent?.type === 'assignment' ? name.parent.childForFieldName('right') : undefined;
  const callee = right?.type === 'call' ? right.childForFieldName('function') : undefined;
  return callee?.type === 'identifier' ? callee.text : undefined;
}

/** The rows of a 2-D preview. */
export function rowsOf(preview: Pick<ValuePreview, 'values' | 'shape'>): number[][] {
  const k = preview.shape[preview.shape.length - 1] ?? 1;
  return Array.from({ length: preview.values.length / k }, (_, r) => preview.values.slice(r * k, r * k + k));
}

/** Names people give target distributions. */
export const TARGET_NAME = /target|dist|smooth|soft|label|^q$|^q_|^y_/i;
