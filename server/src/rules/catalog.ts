// Every rule the linter runs, in code order.
import type { Rule } from './rule';
import { labelSmoothingOutOfRange } from './labelSmoothingOutOfRange';
import { targetRowsNotNormalized } from './targetRowsNotNormalized';
import { klDivMeanReduction } from './klDivMeanReduction';

export const rules: readonly Rule[] = [targetRowsNotNormalized, labelSmoothingOutOfRange, klDivMeanReduction];

export function ruleByCode(code: string): Rule | undefined {
  return rules.find(rule => rule.metadata.code === code);
}
