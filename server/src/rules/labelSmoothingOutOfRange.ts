// LS004 label-smoothing-out-of-range: `label_smoothing` outside [0, 1] in a cross-entropy loss.
// Above 1 PyTorch raises when the loss is computed; below 0 it silently trains without smoothing.
import type { Node } from 'web-tree-sitter';
import { numericValue } from '../analysis/constants';
import { formatNumber } from '../analysis/formatNumber';
import { unparenthesized } from '../analysis/syntax';
import type { Rule } from './rule';

export const labelSmoothingOutOfRange: Rule = {
  metadata: {
    code: 'LS004',
    name: 'label-smoothing-out-of-range',
    defaultSeverity: 'error',
    fixSafety: 'none',
    summary: 'label_smoothing outside [0, 1]',
  },
  check({ program, report }) {
    for (const loss of program.crossEntropyCalls) {
      if (!loss.labelSmoothing) continue;
      const value = numericValue(program, loss.labelSmoothing);
      if (value === undefined || (value >= 0 && value <= 1)) continue;
      const shown = describeValue(loss.labelSmoothing, value);
      const consequence = value > 1
        ? 'PyTorch raises "label_smoothing must be between 0.0 and 1.0" when the loss is computed'
        : 'PyTorch silently ignores a negative value, so this trains without any smoothing';
      report(loss.source, loss.labelSmoothing, `label_smoothing=${shown} is outside [0, 1]: ${consequence}.`);
    }
  },
};

/** `1.5`, or `EPS (= 1.5)` when the value comes from a name or an expression. */
export function describeValue(expression: Node, value: number): string {
  const node = unparenthesized(expression);
  const operand = node.type === 'unary_operator' ? node.childForFieldName('argument') : node;
  const literal = operand?.type === 'integer' || operand?.type === 'float';
  return literal ? node.text : `${expression.text} (= ${formatNumber(value)})`;
}
