// Says how smoothed target rows fail to sum to 1, in the terms of the conventions: which value the true
// class and the other classes get, which divisor the off-target value has, and what the true class should
// get with that divisor. The divisor is read from the code's own term when one was found (divisionTerm.ts), and
// guessed from the numbers otherwise. Undefined when every row that has mass sums to 1.
import { formatNumber } from '../analysis/formatNumber';
import type { DivisionTerm } from './divisionTerm';
import { rowMaximum } from './rowExtremes';

const TOLERANCE = 1e-4;

export function describeRowSums(values: readonly number[], shape: readonly number[], term?: DivisionTerm): string | undefined {
  if (shape.length !== 2) return undefined;
  const [n, k] = shape;
  const rows = Array.from({ length: n }, (_, r) => values.slice(r * k, r * k + k));
  const bad = rows.map(row => ({ row, sum: row.reduce((a, b) => a + b, 0) }))
    .filter(({ row, sum }) => row.some(v => v !== 0) && Math.abs(sum - 1) > TOLERANCE);
  if (bad.length === 0) return undefined;
  const { row, sum } = bad[0];
  const sums = `sum to ${formatNumber(sum)}, not 1`;
  const top = row.indexOf(rowMaximum(row));
  const low = row[top === 0 ? 1 : 0];
  if (!row.every((v, c) => c === top || Math.abs(v - low) <= TOLERANCE * Math.max(1, low))) return `${sums}.`;
  const terms = `the true class gets ${formatNumber(row[top])} and every other class ${formatNumber(low)}`;
  if (term) return `${sums}: ${terms}, from \`${term.node.text}\`${fromTheCode(term, row[top], k)}`;
  const divisor = likelyDivisor(low, k);
  if (!divisor) return `${sums}: ${terms}.`;
  return `${sums}: ${terms}, which is ε/${divisor.label} with ε = ${formatNumber(divisor.epsilon)}, K = ${k}; ${mustGet(divisor.label, divisor.epsilon, k)}.`;
}

/** What the code's own term says: its divisor in terms of K, and what the true class must get with it. */
function fromTheCode(term: DivisionTerm, peak: number, k: number): string {
  if (term.numerator === 1) return `: the smoothing term has no ε factor (ε/${term.label ?? 'K'}, not 1/${term.label ?? 'K'}).`;
  if (!term.label) return ` (ε = ${formatNumber(term.numerator)} divided by ${formatNumber(term.divisor)}, with K = ${k}).`;
  const epsilon = term.numerator;
  return ` = ε/${term.label} with ε = ${formatNumber(epsilon)}, K = ${k}; ${mustGet(term.label, epsilon, k)}` +
    (Math.abs(peak - (1 - epsilon)) <= TOLERANCE && term.label === 'K' ? ' (or, to keep 1 − ε, the others must get ε/(K−1))' : '') + '.';
}

function mustGet(label: string, epsilon: number, k: number): string {
  const expected = label === 'K' ? 1 - epsilon + epsilon / k : 1 - epsilon;
  return `with ε/${label} the true class must get ${label === 'K' ? '1 − ε + ε/K' : '1 − ε'} = ${formatNumber(expected)}`;
}

/** Reads the off-target value as ε/K, ε/(K−1) or ε/(K−2) for the roundest ε. */
function likelyDivisor(low: number, k: number): { label: string; epsilon: number } | undefined {
  if (low <= 0) return undefined;
  const candidates = [
    { label: 'K', epsilon: low * k },
    { label: '(K−1)', epsilon: low * (k - 1) },
    { label: '(K−2)', epsilon: low * (k - 2) },
  ].filter(candidate => candidate.epsilon > 0 && candidate.epsilon < 1);
  candidates.sort((a, b) => digits(a.epsilon) - digits(b.epsilon));
  return candidates[0] && digits(candidates[0].epsilon) <= 3 ? candidates[0] : undefined;
}

function digits(value: number): number {
  for (let d = 1; d <= 15; d++) if (Math.abs(Number(value.toPrecision(d)) - value) <= 1e-6 * Math.max(1, value)) return d;
  return 16;
}
