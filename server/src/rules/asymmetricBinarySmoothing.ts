// LS013 asymmetric-binary-smoothing: binary targets (one sigmoid output per example) smoothed to two values that
// do not mirror each other. Binary smoothing is y·(1 − ε) + ε/2: positives get 1 − ε/2 and negatives ε/2, so the
// two values sum to 1. `(y + ε)/2` moves positives to 0.55; `(1 − ε)·y + ε` leaves them at 1. Judged on the
// values the evaluator computes, for the targets of a binary loss (`F.binary_cross_entropy[_with_logits]`,
// `nn.BCELoss`, `nn.BCEWithLogitsLoss`) and for final 1-D or (N, 1) targets (targetCandidates.ts).
// One-sided smoothing (negatives kept at 0, positives lowered, as in GAN discriminators) is a deliberate
// technique and is not reported.
import type { Node } from 'web-tree-sitter';
import { formatNumber } from '../analysis/formatNumber';
import { unparenthesized } from '../analysis/syntax';
import { lossApplications } from '../analysis/lossApplications';
import type { Located, Program } from '../analysis/program';
import { evaluationOf } from '../evaluator/evaluationOf';
import { readValues, unknownReason } from '../tensor/tensor';
import { targetCandidates, TARGET_NAME } from './targetCandidates';
import type { Rule } from './rule';

const FUNCTIONS = new Set(['torch.nn.functional.binary_cross_entropy', 'torch.nn.functional.binary_cross_entropy_with_logits']);
const MODULES = new Set(['torch.nn.BCELoss', 'torch.nn.BCEWithLogitsLoss']);
const TOLERANCE = 1e-5;

export const asymmetricBinarySmoothing: Rule = {
  metadata: {
    code: 'LS013',
    name: 'asymmetric-binary-smoothing',
    defaultSeverity: 'warning',
    fixSafety: 'none',
    summary: 'binary targets not smoothed to y·(1 − ε) + ε/2',
  },
  check({ program, report }) {
    const lossTargets = binaryLossTargets(program);
    // A name given to a binary loss is reported at the loss; a function's result, at the function.
    const givenToLoss = new Set(lossTargets.map(target => `${target.source}:${target.node.text}`));
    const reportedFunctions = new Set<string>();
    for (const { source, at, verb, preview } of targetCandidates(program)) {
      const binaryShape = preview.shape.length === 1 || (preview.shape.length === 2 && preview.shape[1] === 1);
      if (!binaryShape || !preview.dtype.startsWith('float') || givenToLoss.has(`${source}:${at.text}`)) continue;
      if (!TARGET_NAME.test(at.text)) continue;   // a tensor of two numbers is not always targets
      const problem = asymmetry(preview.values);
      if (!problem) continue;
      report(source, at, `\`${at.text}\` ${verb} binary targets that ${problem}`);
      if (verb === 'returns') reportedFunctions.add(at.text);
    }
    for (const target of lossTargets) {
      const callee = target.node.type === 'call' ? target.node.childForFieldName('function') : undefined;
      if (callee && reportedFunctions.has(callee.text)) continue;
      const values = tensorValues(program, target);
      const problem = values && asymmetry(values);
      if (problem) report(target.source, target.node, `the binary targets \`${target.node.text}\` ${problem}`);
    }
  },
};

/** Says how two smoothed binary values fail to mirror each other; undefined for symmetric, hard or one-sided ones. */
function asymmetry(values: readonly number[]): string | undefined {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length !== 2) return undefined;
  const [low, high] = distinct;
  if (low <= 0 || high > 1) return undefined;   // hard labels, or one-sided smoothing
  if (Math.abs(low + high - 1) <= TOLERANCE) return undefined;
  return `are ${formatNumber(high)} for positives and ${formatNumber(low)} for negatives, which sum to ` +
    `${formatNumber(low + high)}, not 1: binary smoothing y·(1 − ε) + ε/2 moves 1 to 1 − ε/2 and 0 to ε/2` +
    ` (with negatives at ${formatNumber(low)}, ε = ${formatNumber(2 * low)} and positives must get ${formatNumber(1 - low)}).`;
}

/** The target argument of every binary cross-entropy the program computes. */
function binaryLossTargets(program: Program): Located[] {
  return lossApplications(program, FUNCTIONS, MODULES).map(({ target, source }) => ({ node: target, source }));
}

/**
 * The values of a binary loss's targets. Multi-label targets (N, C) are binary per column too, except rows that
 * form a class distribution: timm smooths one-hot rows with ε/K for BCE on purpose, like cross-entropy does.
 */
function tensorValues(program: Program, { node, source }: { node: Node; source: number }): number[] | undefined {
  const value = evaluationOf(program).values.valueAt(source, unparenthesized(node))?.value;
  if (value?.kind !== 'tensor' || !value.tensor.dtype.startsWith('float') || unknownReason(value.tensor)) return undefined;
  const values = [...readValues(value.tensor)];
  const columns = value.tensor.ndim === 2 ? value.tensor.shape[1] : 1;
  if (columns > 1 && rowsSumToOne(values, columns)) return undefined;
  return values;
}

function rowsSumToOne(values: readonly number[], columns: number): boolean {
  for (let start = 0; start < values.length; start += columns) {
    const sum = values.slice(start, start + columns).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 1e-4) return false;
  }
  return true;
}
