// LS001's quick fix: change the divisor of the code's smoothing term (divisionTerm.ts) so the rows sum to 1.
// The true class either stays as it is (targets filled with ε/d, then 1 − ε scattered on the true class), and
// then the divisor must be K − 1 for the off-target convention; or it gets the term on top of 1 − ε
// (`(1 − ε)·one_hot + ε/d`), and then the divisor must be K for the uniform one. Whichever of the two makes
// the rows sum to 1 with a divisor of K or K − 1 is the fix; when neither does (the true class left at 1, a
// missing ε), there is none. It changes the targets, so it is unsafe: the author may have meant the other
// convention.
import type { Node } from 'web-tree-sitter';
import type { Program } from '../analysis/program';
import { unparenthesized } from '../analysis/syntax';
import type { DivisionTerm } from './divisionTerm';
import { evaluatedNumber } from './evaluatedValue';
import type { Fix } from './rule';
import { rowMaximum } from './rowExtremes';

export function divisorFix(program: Program, source: number, term: DivisionTerm, rows: readonly (readonly number[])[]): Fix | undefined {
  const row = rows.find(r => r.some(v => v !== 0));
  if (!row || term.numerator === 1) return undefined;
  const k = row.length;
  const epsilon = term.numerator;
  const peak = rowMaximum(row);
  const rest = term.numerator / term.divisor;
  // The divisor that makes the rows sum to 1: with the true class kept, and with the term on top of 1 − ε.
  const wanted = [(k - 1) * epsilon / (1 - peak), k * epsilon / (1 - peak + rest)]
    .find(d => Number.isFinite(d) && [k, k - 1].includes(Math.round(d)) && Math.round(d) !== term.divisor && Math.abs(d - Math.round(d)) <= 1e-3 * d);
  if (wanted === undefined) return undefined;
  return fixDividingBy(program, source, term, k, Math.round(wanted));
}

function fixDividingBy(program: Program, source: number, term: DivisionTerm, k: number, wanted: number): Fix | undefined {
  const divisorNode = term.node.childForFieldName('right')!;
  const newText = divisorText(program, source, divisorNode, k, wanted);
  if (newText === undefined) return undefined;
  const convention = wanted === k ? 'uniform ε/K' : 'off-target ε/(K−1)';
  return {
    title: `Divide by ${wanted === k ? 'K' : 'K − 1'} (${convention}): \`${term.node.text}\` → \`${term.node.childForFieldName('left')!.text} / ${newText}\``,
    safety: 'unsafe',
    edits: [{ start: divisorNode.startIndex, end: divisorNode.endIndex, newText }],
  };
}

/**
 * The divisor `wanted` spelled with the code's own K: `K - 1` → `K`, `num_classes` → `(num_classes - 1)`,
 * `(size - 2)` → `(size - 1)`, a literal 4 → 3.
 */
function divisorText(program: Program, source: number, divisor: Node, k: number, wanted: number): string | undefined {
  const node = unparenthesized(divisor);
  if (node.type === 'integer') return String(wanted);
  let base: Node | undefined = node;
  if (evaluatedNumber(program, source, node) !== k) {
    const right = node.type === 'binary_operator' && node.childForFieldName('operator')?.type === '-' ? node.childForFieldName('right') : undefined;
    base = right && unparenthesized(right).type === 'integer' ? node.childForFieldName('left') ?? undefined : undefined;
    if (!base || evaluatedNumber(program, source, base) !== k) return undefined;
  }
  const simple = base.type === 'identifier' || base.type === 'attribute' || base.type === 'call';
  const spelled = simple ? base.text : `(${base.text})`;
  return wanted === k ? spelled : `(${spelled} - ${k - wanted})`;
}
