// Whether a function computes a binary cross-entropy: it calls F.binary_cross_entropy[_with_logits], a BCELoss /
// BCEWithLogitsLoss (built inline or in its class, `self.criterion = nn.BCEWithLogitsLoss()`), or is a method of
// a class derived from one. Its example labels are then 0/1 and its logits one per example, so the smoothing of
// binary targets (y·(1 − ε) + ε/2) is previewed and judged (LS013) instead of failing on class indices.
import type { Node } from 'web-tree-sitter';
import { lossModuleAttributes } from '../analysis/lossApplications';
import { dottedName, forEachNodeOfType } from '../analysis/syntax';

const BINARY_LOSS = /(?:^|\.)(?:binary_cross_entropy(?:_with_logits)?|BCELoss|BCEWithLogitsLoss)$/;

export function computesABinaryLoss(definition: Node): boolean {
  const cls = definition.parent?.type === 'block' && definition.parent.parent?.type === 'class_definition' ? definition.parent.parent : undefined;
  if (!/binary_cross_entropy|BCE/.test((cls ?? definition).text)) return false;   // most code: no walk needed
  if (cls && BINARY_LOSS.test(cls.childForFieldName('superclasses')?.text.replace(/[()\s]/g, '') ?? '')) return true;
  const lossAttributes = cls ? lossModuleAttributes(cls, BINARY_LOSS) : new Set<string>();
  let found = false;
  forEachNodeOfType(definition, ['call'], call => {
    const callee = dottedName(call.childForFieldName('function')!);
    if (callee && (BINARY_LOSS.test(callee) || lossAttributes.has(callee))) found = true;
  });
  return found;
}
