// LS012 floor-division-in-smoothing: `eps // K` floors the smoothing mass to 0 (or to a whole number), so
// the targets are not smoothed at all.
import type { Node } from 'web-tree-sitter';
import type { SourceDocument } from '../parsing/sourceDocument';
import { forEachNodeOfType, unparenthesized } from '../analysis/syntax';
import { evaluatedNumber } from './evaluatedValue';
import type { Rule } from './rule';

/** Names people give ε. */
const EPSILON_NAME = /^(self\.)?(smoothing|label_smoothing|ls|eps|epsilon|smooth|smoothing_factor|ls_eps|confidence_eps)$/i;

export const floorDivisionInSmoothing: Rule = {
  metadata: {
    code: 'LS012',
    name: 'floor-division-in-smoothing',
    defaultSeverity: 'error',
    fixSafety: 'unsafe',
    summary: '`ε // K` and other integer divisions that zero the smoothing mass',
  },
  check({ program, report }) {
    program.sources.forEach((document, source) => {
      if (!mayFloorDivideSmoothing(program.mentionsTorch, document)) return;
      forEachNodeOfType(document.root, ['binary_operator'], node => {
        // Reading the text is cheap; asking for the operator crosses into wasm, for every operator of the file.
        if (!node.text.includes('//') || node.childForFieldName('operator')?.type !== '//') return;
        const left = unparenthesized(node.childForFieldName('left')!);
        if (!isSmoothingMass(left, value => evaluatedNumber(program, source, value))) return;
        const operator = node.children.find(child => child?.type === '//')!;
        report(source, node, `\`${node.text}\` is a floor division: ε // K is 0 for any ε < K, so no smoothing mass is spread. Use \`/\`.`,
          undefined, { title: 'Use true division /', safety: 'unsafe', edits: [{ start: operator.startIndex, end: operator.endIndex, newText: '/' }] });
      });
    });
  },
};

/**
 * Whether a file can hold the bug, from its text: PyTorch code, or a floor division of an ε-like name or a
 * fraction literal. Integer arithmetic (`n // 2`) fills most Python files and needs no closer look, nor does a
 * `//` in a string (`"PLIST 1.0//EN"`) or a comment.
 */
function mayFloorDivideSmoothing(mentionsTorch: boolean, document: SourceDocument): boolean {
  const { text } = document;
  if (!text.includes('//')) return false;
  if (mentionsTorch) return true;
  for (const match of text.matchAll(EPSILON_FLOORED)) {
    if (document.root.descendantForIndex(match.index! + match[0].length - 2)?.type === '//') return true;
  }
  return false;
}

const EPSILON_FLOORED = /(?:smooth\w*|eps\w*|epsilon|ls|label_smoothing|\d*\.\d+)\s*\)?\s*\/\//gi;

/** ε itself: a name people give it, or a value strictly between 0 and 1. */
function isSmoothingMass(node: Node, valueOf: (node: Node) => number | undefined): boolean {
  if ((node.type === 'identifier' || node.type === 'attribute') && EPSILON_NAME.test(node.text)) return true;
  const value = valueOf(node);
  return value !== undefined && value > 0 && value < 1;
}
