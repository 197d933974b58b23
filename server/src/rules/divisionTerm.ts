// Finds the term of the user's code that gives the off-target classes their smoothing mass — a division such as
// `eps / num_classes`, `smoothing / (size - 2)` or `1 / K` whose value is the off-target value of the rows — so
// that a message can name it and its divisor (K, K − 1, K − 2) instead of guessing from the numbers, and a fix
// can change it. The mixed-convention bug and the unzeroed padding divisor give identical rows; only the code
// tells them apart.
import type { Node } from 'web-tree-sitter';
import type { Program } from '../analysis/program';
import { forEachNodeOfType } from '../analysis/syntax';
import { evaluatedNumber } from './evaluatedValue';
import { rowMaximum } from './rowExtremes';

export interface DivisionTerm {
  readonly node: Node;
  readonly numerator: number;
  readonly divisor: number;
  /** The divisor in terms of K: 'K', '(K−1)', '(K−2)', or undefined when it is none of them. */
  readonly label: 'K' | '(K−1)' | '(K−2)' | undefined;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-5 * Math.max(1e-6, Math.abs(b));

/** The one division in `scopes` whose value is `offTarget` (none when there are several that differ in divisor). */
export function divisionTerm(program: Program, source: number, scopes: readonly Node[], offTarget: number, k: number): DivisionTerm | undefined {
  if (!(offTarget > 0)) return undefined;
  const found: DivisionTerm[] = [];
  for (const scope of scopes) forEachNodeOfType(scope, ['binary_operator'], node => {
    if (node.childForFieldName('operator')?.type !== '/') return;
    const numerator = evaluatedNumber(program, source, node.childForFieldName('left')!);
    const divisor = evaluatedNumber(program, source, node.childForFieldName('right')!);
    if (numerator === undefined || !divisor || !close(numerator / divisor, offTarget)) return;
    const label = divisor === k ? 'K' : divisor === k - 1 ? '(K−1)' : divisor === k - 2 ? '(K−2)' : undefined;
    found.push({ node, numerator, divisor, label });
  });
  return found.length && found.every(term => term.divisor === found[0].divisor) ? found[0] : undefined;
}

/** The term behind the off-target value of the first row with mass (its largest value is the true class). */
export function offTargetTerm(program: Program, source: number, scopes: readonly Node[], rows: readonly (readonly number[])[]): DivisionTerm | undefined {
  const row = rows.find(r => r.some(v => v !== 0));
  if (!row || row.length < 2) return undefined;
  const top = row.indexOf(rowMaximum(row));
  return divisionTerm(program, source, scopes, row[top === 0 ? 1 : 0], row.length);
}
