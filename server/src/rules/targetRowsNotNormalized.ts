// LS001 target-rows-not-normalized: smoothed targets, explicit or implied by a loss, whose rows do not sum to
// 1 — typically two conventions mixed (1 − ε on the true class with ε/K elsewhere, or ε/(K−1) added on top of
// (1 − ε)·one_hot). Only final targets are checked: what a function returns, a module-level name that
// nothing changes afterwards, and the targets a loss over log-probabilities implies. Intermediate steps
// (`one_hot * (1 - eps)` before `+ eps / K`) are not targets yet.
import type { Node } from 'web-tree-sitter';
import { forEachNodeOfType } from '../analysis/syntax';
import { evaluationOf } from '../evaluator/evaluationOf';
import { targetsAffectedBy } from '../evaluator/assignment';
import type { Program } from '../analysis/program';
import { previewOf, ValuePreview } from '../previews/valuePreview';
import { previewedReturn } from '../evaluator/recorder';
import { describeRowSums } from './rowSums';
import { singlesOutAClass } from '../previews/convention';
import type { Rule, RuleContext } from './rule';

export const targetRowsNotNormalized: Rule = {
  metadata: {
    code: 'LS001',
    name: 'target-rows-not-normalized',
    defaultSeverity: 'error',
    fixSafety: 'none',
    summary: 'smoothed target rows that do not sum to 1',
  },
  check(context) {
    const { program } = context;
    // Evaluating costs far more than parsing; a program that never mentions torch builds no tensors.
    if (!program.sources.some(document => document.text.includes('torch'))) return;
    const evaluation = evaluationOf(program);
    program.sources.forEach((document, source) => {
      forEachNodeOfType(document.root, ['function_definition'], definition => {
        const fn = evaluation.values.functionAt(source, definition);
        const outcome = fn && evaluation.values.outcomeOf(fn);
        const returned = outcome && previewedReturn(outcome);
        const preview = returned && previewOf({ value: returned, inputs: outcome.inputs, implied: outcome.implied });
        if (preview && !('notPreviewed' in preview)) checkPreview(context, source, definition.childForFieldName('name')!, preview, 'returns');
      });
      for (const { node, changedInPlace } of finalModuleWrites(program, source)) {
        // Built in place (`zeros`, then `fill_`, then `scatter_`): its value when the program ends is final.
        const finalValue = changedInPlace ? evaluation.finalValue(node.text) : undefined;
        const recorded = finalValue ? { value: finalValue, inputs: [] } : evaluation.values.valueAt(source, node);
        const preview = recorded && previewOf(recorded);
        if (preview && !('notPreviewed' in preview)) checkPreview(context, source, node, preview, 'holds');
      }
    });
  },
};

function checkPreview(context: RuleContext, source: number, at: Node, preview: ValuePreview, verb: string): void {
  if (looksLikeSmoothedTargets(preview, at.text)) {
    const problem = describeRowSums(preview.values, preview.shape);
    if (problem) context.report(source, at, `\`${at.text}\` ${verb} target rows that ${problem}`);
  }
  // A loss (a scalar) whose implied rows are smoothed; a term alone (an nll term's one-hot rows, a uniform
  // smoothing term) is not a target distribution by itself.
  if (preview.implied && preview.shape.length === 0 && preview.implied.rows.some(row => row.filter(v => v > 0).length > 1) &&
      singlesOutAClass(preview.implied.rows) && !dividedByACount(preview.implied.rows, preview.implied.factor)) {
    const k = preview.implied.rows[0]?.length ?? 0;
    const problem = describeRowSums(preview.implied.rows.flat(), [preview.implied.rows.length, k]);
    if (problem) context.report(source, at, `the loss \`${at.text}\` ${verb === 'returns' ? 'returns' : 'computes'} implies target rows that ${problem}`);
  }
}

/**
 * A loss's scale is the author's choice (sum, mean over rows, over tokens, over the batch): implied rows that
 * all sum to 1/d for a whole number d are normalised targets divided by a count. The mixed-convention bug sums
 * to (1 + ε/(K−1))/d, which no whole number explains.
 */
function dividedByACount(scaledRows: readonly number[][], factor: number): boolean {
  const sums = scaledRows.filter(row => row.some(v => v !== 0)).map(row => row.reduce((a, b) => a + b, 0) / factor);
  if (sums.length === 0 || !sums.every(s => Math.abs(s - sums[0]) <= 1e-5 * Math.abs(sums[0]))) return false;
  const count = 1 / sums[0];
  return count >= 1 - 1e-4 && Math.abs(count - Math.round(count)) <= 1e-4 * count;
}

/** Names people give target distributions. */
const TARGET_NAME = /target|dist|smooth|soft|label|^q$|^q_|^y_/i;

/**
 * A 2-D float matrix that could be smoothed targets: no negative value, none far above 1, some row that singles
 * out a class while giving others some mass, and rows that sum near 1 — or any sum, when the name says the
 * matrix holds targets (the bug `(1−ε)·y + 1/K` sums to 2 − ε).
 */
function looksLikeSmoothedTargets(preview: ValuePreview, name: string): boolean {
  if (preview.shape.length !== 2 || !preview.dtype.startsWith('float')) return false;
  if (!preview.values.every(v => v >= 0 && v <= 1.5)) return false;
  const k = preview.shape[1];
  const rows = Array.from({ length: preview.shape[0] }, (_, r) => preview.values.slice(r * k, r * k + k));
  if (!singlesOutAClass(rows) || !rows.some(row => row.filter(v => v > 0).length > 1)) return false;
  const sums = rows.filter(row => row.some(v => v !== 0)).map(row => row.reduce((a, b) => a + b, 0));
  return TARGET_NAME.test(name) || sums.every(sum => sum >= 0.75 && sum <= 1.25);
}

/**
 * The last module-level write of each name that nothing rebinds or changes afterwards: an assignment
 * (`targets = …`), or an in-place change (`true_dist.scatter_(…)`, `t[:, 0] = 0`), whose name node is returned.
 */
function finalModuleWrites(program: Program, source: number): { node: Node; changedInPlace: boolean }[] {
  const statements = program.sources[source].root.namedChildren.filter((node): node is Node => !!node);
  const seen = new Set<string>();
  const finals: { node: Node; changedInPlace: boolean }[] = [];
  for (let i = statements.length - 1; i >= 0; i--) {
    const statement = statements[i];
    if (statement.type !== 'expression_statement') {
      for (const affected of targetsAffectedBy([statement])) seen.add(affected.text);
      continue;
    }
    const assignment = statement.namedChildren[0];
    const assigned = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : undefined;
    for (const affected of targetsAffectedBy([statement])) {
      if (seen.has(affected.text)) continue;
      seen.add(affected.text);
      finals.push({ node: affected, changedInPlace: affected.id !== assigned?.id });
    }
  }
  return finals.reverse();
}
