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
import type { SourceDocument } from '../parsing/sourceDocument';
import { previewOf, ValuePreview } from '../previews/valuePreview';
import { singlesOutAClass } from '../previews/convention';
import { rowMaximum } from './rowExtremes';

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
  const givenWholeToALoss = new Set(lossApplications(program, DISTRIBUTION_LOSSES, DISTRIBUTION_LOSS_MODULES)
    .filter(({ target }) => target.type === 'identifier' && !enclosingFunction(target))
    .map(({ source, target }) => `${source}:${target.text}`));
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
    for (const { node, changedInPlace, statements, end } of finalModuleWrites(program, source)) {
      // `loss = smoothed_loss(logits, labels)`: what the function returns is judged at the function already.
      if (!changedInPlace && judged[source].has(calledFunction(node) ?? '')) continue;
      // Built in place (`zeros`, then `fill_`, then `scatter_`): its value when the program ends is final.
      const finalValue = changedInPlace ? evaluation.finalValue(node.text) : undefined;
      const recorded = finalValue ? { value: finalValue, inputs: [] } : evaluation.values.valueAt(source, node);
      const preview = recorded && previewOf(recorded);
      if (!preview || 'notPreviewed' in preview) continue;
      // Rows a loss is given whole are all counted; rows the code goes on to index or mask may be left out.
      const selectable = preview.shape.length === 2 && preview.shape[1] >= 3 && !givenWholeToALoss.has(`${source}:${node.text}`) &&
        usedInAnExpressionAfter(document, node.text, end);
      found.push({ source, at: node, verb: 'holds', scopes: statements, preview: selectable ? withoutRowsOfNoClass(preview) : preview });
    }
  });
  const given = givenToLosses(program, judged);
  // Targets a function gives its loss are judged as such ("`true_dist` holds …", at the argument), not again
  // through the targets its returned loss implies; unless they do not look like targets by themselves (`d`,
  // whose padding row keeps a little mass), when the loss is the better judge.
  const judgedAtTheLoss = new Set(given
    .filter(({ candidate }) => looksLikeSmoothedTargets(candidate.preview, candidate.at.text))
    .map(({ candidate, definition }) => `${candidate.source}:${definition.id}`));
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
function finalModuleWrites(program: Program, source: number): { node: Node; changedInPlace: boolean; statements: Node[]; end: number }[] {
  const statements = program.sources[source].root.namedChildren.filter((node): node is Node => !!node);
  const writers = new Map<string, Node[]>();
  const affectedBy = statements.map(statement => {
    const affected = targetsAffectedBy([statement]);
    if (statement.type === 'expression_statement') {
      for (const name of new Set(affected.map(node => node.text))) {
        const list = writers.get(name);
        // Appended in place: copying the list at each write made 40,000 writes of one name take 18 s.
        if (list) list.push(statement);
        else writers.set(name, [statement]);
      }
    }
    return affected;
  });
  const seen = new Set<string>();
  const finals: { node: Node; changedInPlace: boolean; statements: Node[]; end: number }[] = [];
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
      finals.push({
        node: affected,
        changedInPlace: affected.id !== assigned?.id,
        statements: writers.get(affected.text) ?? [statement],
        end: statement.endIndex,
      });
    }
  }
  return finals.reverse();
}

/**
 * Whether code after `offset` uses `name` inside an expression (`q[keep]`, `q * mask`, `q.sum(-1)`) rather than
 * whole, as a call's argument (`F.cross_entropy(logits, q)`, `print(q)`): after its final write, such a use may
 * still select out or mask its padding rows before any loss sees them. Found by text, then checked in the tree
 * (a name in a string or a comment is no use), since only a few names ever need it.
 */
function usedInAnExpressionAfter(document: SourceDocument, name: string, offset: number): boolean {
  const occurrences = new RegExp(`(?<![\\w.])${name}(?!\\w)`, 'g');
  occurrences.lastIndex = offset;
  for (let match = occurrences.exec(document.text); match; match = occurrences.exec(document.text)) {
    const node = document.root.descendantForIndex(match.index, match.index + name.length);
    if (node?.type !== 'identifier') continue;
    const parent = node.parent;
    const whole = parent?.type === 'argument_list' || (parent?.type === 'keyword_argument' && parent.childForFieldName('value')?.id === node.id);
    if (!whole) return true;
  }
  return false;
}

/** The preview without the rows that single out no class (padding rows), which later code may select out. */
function withoutRowsOfNoClass(preview: ValuePreview): ValuePreview {
  if (preview.shape.length !== 2 || preview.shape[1] < 3) return preview;
  const rows = rowsOf(preview).filter(row => {
    const peak = rowMaximum(row);
    return row.some(v => v !== row[0]) && row.filter(v => v === peak).length === 1;
  });
  return { ...preview, shape: [rows.length, preview.shape[1]], values: rows.flat() };
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

/**
 * A 2-D float matrix that could be smoothed targets: no negative value, none far above 1, some row that singles
 * out a class while giving others some mass, and rows that sum near 1 — or any sum, when the name says the
 * matrix holds targets (the bug `(1−ε)·y + 1/K` sums to 2 − ε).
 */
export function looksLikeSmoothedTargets(preview: ValuePreview, name: string): boolean {
  if (preview.shape.length !== 2 || !preview.dtype.startsWith('float')) return false;
  if (!preview.values.every(v => v >= 0 && v <= 1.5)) return false;
  const rows = rowsOf(preview);
  if (!singlesOutAClass(rows) || !rows.some(row => row.filter(v => v > 0).length > 1)) return false;
  if (multiHot(rows)) return false;
  const sums = rows.filter(row => row.some(v => v !== 0)).map(row => row.reduce((a, b) => a + b, 0));
  return TARGET_NAME.test(name) || sums.every(sum => sum >= 0.75 && sum <= 1.25);
}

/**
 * Multi-label targets (one binary target per column, for a BCE loss): some row puts the matrix's largest value
 * on two or more classes. Their rows are not distributions and need not sum to 1. (A padding row that keeps its
 * smoothing mass has several equal values too, but those are the small off-target value, not the peak.)
 */
function multiHot(rows: readonly (readonly number[])[]): boolean {
  let peak = 0;
  for (const row of rows) for (const v of row) peak = Math.max(peak, v);
  return peak > 0 && rows.some(row => row.filter(v => v === peak).length > 1);
}
