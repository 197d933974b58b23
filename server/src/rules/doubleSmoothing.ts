// LS003 double-smoothing: probability targets that are already smoothed (or clipped) given to a cross-entropy
// loss that smooths again with label_smoothing: PyTorch mixes them with the uniform distribution a second time.
// The fix removes `label_smoothing=…` (unsafe: keeping the loss's smoothing and passing hard labels is the other
// way, and the author's choice).
import { formatNumber } from '../analysis/formatNumber';
import { evaluationOf } from '../evaluator/evaluationOf';
import { evaluatedMatrix, smoothedLosses } from './evaluatedValue';
import type { Node } from 'web-tree-sitter';
import type { Fix, Rule } from './rule';
import { rowMaximum, rowMinimum } from './rowExtremes';

export const doubleSmoothing: Rule = {
  metadata: {
    code: 'LS003',
    name: 'double-smoothing',
    defaultSeverity: 'warning',
    fixSafety: 'unsafe',
    summary: 'smoothed or clipped targets fed to a loss that smooths again',
  },
  check({ program, report }) {
    for (const { loss, epsilon, at } of smoothedLosses(program)) {
      if (!loss.target) continue;
      const targets = evaluatedMatrix(evaluationOf(program), loss.target.source, loss.target.node);
      if (!targets) continue;
      // Already smoothed: every row spreads mass over every class (no zero), with one class singled out.
      const smoothed = targets.rows.every(row => row.every(v => v > 0) && rowMaximum(row) > rowMinimum(row));
      if (!smoothed) continue;
      const [row] = targets.rows;
      const k = row.length;
      const top = rowMaximum(row);
      const twice = (1 - epsilon) * top + epsilon / k;
      report(loss.source, at, `\`${loss.target.node.text}\` is already smoothed (its first row's top value is ` +
        `${formatNumber(top)}), and label_smoothing=${formatNumber(epsilon)} smooths it again: PyTorch trains on ` +
        `(1 − ε)·target + ε/K, so the true class gets ${formatNumber(twice)}. Smooth once: hard labels with label_smoothing, or ` +
        'smoothed targets without it.', undefined, withoutLabelSmoothing(at));
    }
  },
};

/** Deletes the `label_smoothing=…` keyword argument with its separating comma; none for a positional ε. */
function withoutLabelSmoothing(value: Node): Fix | undefined {
  const argument = value.parent;
  if (argument?.type !== 'keyword_argument') return undefined;
  const before = argument.previousSibling;
  const after = argument.nextSibling;
  const [start, end] = before?.type === ',' ? [before.startIndex, argument.endIndex]
    : after?.type === ',' ? [argument.startIndex, after.nextSibling?.startIndex ?? after.endIndex] : [argument.startIndex, argument.endIndex];
  return { title: 'Remove label_smoothing (the targets are smoothed already)', safety: 'unsafe', edits: [{ start, end, newText: '' }] };
}
