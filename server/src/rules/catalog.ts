// Every rule the linter runs, in code order.
import type { Rule } from './rule';
import { labelSmoothingOutOfRange } from './labelSmoothingOutOfRange';
import { targetRowsNotNormalized } from './targetRowsNotNormalized';
import { paddingGetsSmoothingMass } from './paddingGetsSmoothingMass';
import { klDivMeanReduction } from './klDivMeanReduction';
import { doubleSmoothing } from './doubleSmoothing';
import { excessiveSmoothing } from './excessiveSmoothing';
import { klDivInputNotLogProbs } from './klDivInputNotLogProbs';
import { oneHotWithoutNumClasses } from './oneHotWithoutNumClasses';
import { logOfSoftmax } from './logOfSoftmax';
import { floorDivisionInSmoothing } from './floorDivisionInSmoothing';
import { classWeightsReshapeSmoothing } from './classWeightsReshapeSmoothing';
import { smoothingInReportedMetric } from './smoothingInReportedMetric';
import { softTargetsToNllLoss } from './softTargetsToNllLoss';
import { inPlaceFloatOpOnIntegerTensor } from './inPlaceFloatOpOnIntegerTensor';
import { scatterIndexShape } from './scatterIndexShape';
import { ignoreIndexWithProbabilityTargets } from './ignoreIndexWithProbabilityTargets';
import { asymmetricBinarySmoothing } from './asymmetricBinarySmoothing';
import { handRolledUniformSmoothing } from './handRolledUniformSmoothing';

export const rules: readonly Rule[] = [
  targetRowsNotNormalized, paddingGetsSmoothingMass, doubleSmoothing, labelSmoothingOutOfRange, excessiveSmoothing, klDivInputNotLogProbs,
  klDivMeanReduction, softTargetsToNllLoss, oneHotWithoutNumClasses, inPlaceFloatOpOnIntegerTensor, scatterIndexShape,
  floorDivisionInSmoothing, asymmetricBinarySmoothing, ignoreIndexWithProbabilityTargets, classWeightsReshapeSmoothing, smoothingInReportedMetric,
  logOfSoftmax, handRolledUniformSmoothing,
];

export function ruleByCode(code: string): Rule | undefined {
  return rules.find(rule => rule.metadata.code === code);
}
