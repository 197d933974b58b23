// LS005 excessive-smoothing: label_smoothing ≥ 0.5 rarely helps (the model underfits); at 1 the targets are
// uniform and the labels no longer matter.
import { smoothedLosses } from './evaluatedValue';
import { formatNumber } from '../analysis/formatNumber';
import type { Rule } from './rule';

export const excessiveSmoothing: Rule = {
  metadata: {
    code: 'LS005',
    name: 'excessive-smoothing',
    defaultSeverity: 'warning',
    fixSafety: 'none',
    summary: 'ε ≥ 0.5 (underfits); ε = 1 makes the targets uniform',
  },
  check({ program, report }) {
    for (const { loss, epsilon, at } of smoothedLosses(program)) {
      if (epsilon < 0.5) continue;
      if (epsilon === 1) {
        report(loss.source, at, 'label_smoothing=1 makes every target row uniform: the labels no longer matter and ' +
          'the model learns nothing about the classes.', 'error');
      } else {
        report(loss.source, at, `label_smoothing=${formatNumber(epsilon)} moves ${formatNumber(epsilon * 100)}% of every ` +
          'target onto the uniform distribution, which usually underfits; values between 0.05 and 0.2 are typical.');
      }
    }
  },
};
