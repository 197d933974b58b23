// LS009 one-hot-without-num-classes: `F.one_hot(labels)` takes K from the largest label in the batch, so a
// batch without the last class gives targets of the wrong width (and smoothing ε/K with the wrong K).
import { numericValue } from '../analysis/constants';
import { argumentFor, callArguments } from '../analysis/syntax';
import type { Rule } from './rule';

export const oneHotWithoutNumClasses: Rule = {
  metadata: {
    code: 'LS009',
    name: 'one-hot-without-num-classes',
    defaultSeverity: 'warning',
    fixSafety: 'unsafe',
    summary: 'F.one_hot(labels) without num_classes',
  },
  check({ program, report }) {
    for (const { call, source, api } of program.torchCalls) {
      if (api !== 'torch.nn.functional.one_hot') continue;
      const args = callArguments(call);
      if (args.hasSplat) continue;
      const numClasses = argumentFor(args, 'num_classes', 1);
      if (numClasses && numericValue(program, numClasses) !== -1) continue;
      report(source, call, '`F.one_hot` without `num_classes` takes K from the largest label in this batch: a batch that lacks ' +
        'the last class gives narrower targets and a wrong ε/K. Pass num_classes=K.');
    }
  },
};
