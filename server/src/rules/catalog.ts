// Every rule the linter runs, in code order.
import type { Rule } from './rule';
import { labelSmoothingOutOfRange } from './labelSmoothingOutOfRange';
import { targetRowsNotNormalized } from './targetRowsNotNormalized';
import { klDivMeanReduction } from './klDivMeanReduction';
import { softTargetsToNllLoss } from './softTargetsToNllLoss';
import { inPlaceFloatOpOnIntegerTensor } from './inPlaceFloatOpOnIntegerTensor';
import { scatterIndexShape } from './scatterIndexShape';
import { ignoreIndexWithProbabilityTargets } from './ignoreIndexWithProbabilityTargets';

export const rules: readonly Rule[] = [
  targetRowsNotNormalized, labelSmoothingOutOfRange, klDivMeanReduction, softTargetsToNllLoss,
  inPlaceFloatOpOnIntegerTensor, scatterIndexShape, ignoreIndexWithProbabilityTargets,
];

export function ruleByCode(code: string): Rule | undefined {
  return rules.find(rule => rule.metadata.code === code);
}
