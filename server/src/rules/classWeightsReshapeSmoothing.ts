// LS015 class-weights-reshape-smoothing (information): with `weight=` and `label_smoothing`, PyTorch weights
// the smoothing term per class too, so the smoothed distribution is no longer uniform over the other classes
// (pytorch/pytorch#104776). Often intended; worth knowing.
import { argumentFor, callArguments } from '../analysis/syntax';
import { formatNumber } from '../analysis/formatNumber';
import { smoothedLosses } from './evaluatedValue';
import type { Rule } from './rule';

export const classWeightsReshapeSmoothing: Rule = {
  metadata: {
    code: 'LS015',
    name: 'class-weights-reshape-smoothing',
    defaultSeverity: 'information',
    fixSafety: 'none',
    summary: 'with weight=, PyTorch weights the smoothing term per class',
  },
  check({ program, report }) {
    for (const { loss, epsilon } of smoothedLosses(program)) {
      const weight = argumentFor(callArguments(loss.call), 'weight', loss.api === 'torch.nn.CrossEntropyLoss' ? 0 : 2);
      if (!weight || weight.type === 'none') continue;
      report(loss.source, weight, `with \`weight=\` and label_smoothing=${formatNumber(epsilon)}, PyTorch weights the smoothing term per ` +
        'class as well: the ε/K mass each class receives is scaled by its weight, so the smoothing is no longer uniform.');
    }
  },
};
