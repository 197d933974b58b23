// LS001 target-rows-not-normalized: smoothed targets, explicit or implied by a loss, whose rows do not sum to
// 1 — typically two conventions mixed (1 − ε on the true class with ε/K elsewhere, or ε/(K−1) added on top of
// (1 − ε)·one_hot). The message names the code's term and its divisor; the fix changes that divisor
// (divisorFix.ts). Only final targets are checked (targetCandidates.ts). Rows whose excess is padding mass are
// LS002's.
import type { ValuePreview } from '../previews/valuePreview';
import { describeRowSums } from './rowSums';
import { singlesOutAClass } from '../previews/convention';
import { paddingMass } from './paddingMass';
import { offTargetTerm } from './divisionTerm';
import { divisorFix } from './divisorFix';
import { looksLikeSmoothedTargets, rowsOf, TargetCandidate, targetCandidates } from './targetCandidates';
import type { Rule, RuleContext } from './rule';

export const targetRowsNotNormalized: Rule = {
  metadata: {
    code: 'LS001',
    name: 'target-rows-not-normalized',
    defaultSeverity: 'error',
    fixSafety: 'unsafe',
    summary: 'smoothed target rows that do not sum to 1',
  },
  check(context) {
    for (const candidate of targetCandidates(context.program)) check(context, candidate);
  },
};

function check(context: RuleContext, { source, at, verb, scopes, preview }: TargetCandidate): void {
  const { program } = context;
  if (looksLikeSmoothedTargets(preview, at.text)) {
    const rows = rowsOf(preview);
    const term = offTargetTerm(program, source, scopes, rows);
    const problem = !paddingMass(rows, term) && describeRowSums(preview.values, preview.shape, term);
    if (problem) context.report(source, at, `\`${at.text}\` ${verb} target rows that ${problem}`, undefined, term && divisorFix(program, source, term, rows));
  }
  const implied = impliedTargetRows(preview);
  if (implied) {
    const term = offTargetTerm(program, source, scopes, implied);
    const problem = !paddingMass(implied, term) && describeRowSums(implied.flat(), [implied.length, implied[0].length], term);
    if (problem) {
      context.report(source, at, `the loss \`${at.text}\` ${verb === 'returns' ? 'returns' : 'computes'} implies target rows that ${problem}`,
        undefined, term && divisorFix(program, source, term, implied));
    }
  }
}

/**
 * The smoothed rows a loss (a scalar) implies, scaled back by the count it averages over; undefined for a term
 * alone (an nll term's one-hot rows, a uniform smoothing term), which is not a target distribution by itself,
 * and for a loss whose rows all sum to 1/d for a whole number d.
 */
export function impliedTargetRows(preview: ValuePreview): number[][] | undefined {
  const implied = preview.implied;
  if (!implied || preview.shape.length !== 0) return undefined;
  if (!implied.rows.some(row => row.filter(v => v > 0).length > 1) || !singlesOutAClass(implied.rows)) return undefined;
  return dividedByACount(implied.rows, implied.factor) ? undefined : implied.rows;
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
