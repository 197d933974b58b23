// How a padding (or ignored) class or row still receives smoothing mass, read from target rows — explicit ones,
// or those a loss implies. Three shapes of the bug (shared/LABEL-SMOOTHING.md):
//   - the padding divisor ε/(K−2) with no column zeroed: the true class gets 1 − ε and the K − 1 others ε/(K−2),
//     so every row sums to 1 + ε/(K−2) — the padding class is one of those others. The mixed-convention bug
//     (ε/(K−1) added on top of (1 − ε)·one_hot) gives the very same rows, so this needs the code's own term to
//     divide by K − 2;
//   - a row with no true class (its label is the padding or ignored index) that still has smoothing mass,
//     beside rows that do single out a class;
//   - the padding column zeroed in every row except the one labelled with the padding class, which keeps its
//     targets (the padding rows were never zeroed; the scatter put 1 − ε back into the zeroed column).
// LS002 reports them; LS001 leaves rows this explains to LS002, so one bug gets one finding.
import { formatNumber } from '../analysis/formatNumber';
import type { DivisionTerm } from './divisionTerm';
import { rowMaximum } from './rowExtremes';

const TOLERANCE = 1e-4;
const close = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
const sum = (row: readonly number[]) => row.reduce((a, b) => a + b, 0);

export interface PaddingMass {
  /** Says what receives the mass and why, for a message that follows "…". */
  readonly problem: string;
}

/** `term`: the code's division behind the off-target value (divisionTerm.ts), when there is one. */
export function paddingMass(rows: readonly (readonly number[])[], term: DivisionTerm | undefined): PaddingMass | undefined {
  return unzeroedPaddingDivisor(rows, term) ?? smoothedRowWithoutTrueClass(rows) ?? rowLabelledWithThePaddingClass(rows);
}

function unzeroedPaddingDivisor(rows: readonly (readonly number[])[], term: DivisionTerm | undefined): PaddingMass | undefined {
  const k = rows[0]?.length ?? 0;
  if (k < 3 || term?.label !== '(K−2)') return undefined;
  const live = rows.filter(row => row.some(v => v !== 0));
  const shapes = live.map(peakAndRest);
  if (!shapes.length || shapes.some(shape => !shape || shape.rest <= 0)) return undefined;
  const { peak, rest } = shapes[0]!;
  if (!shapes.every(shape => close(shape!.peak, peak) && close(shape!.rest, rest))) return undefined;
  // 1 − ε on the true class and ε/(K−2) on each other one: peak + (K−2)·rest is 1, the row sum is 1 + rest.
  if (!close(peak + (k - 2) * rest, 1)) return undefined;
  // The code's numerator is ε as written; (K − 2)·rest is ε after float32 rounding (0.0999999).
  const epsilon = close(term.numerator, (k - 2) * rest) ? term.numerator : (k - 2) * rest;
  return {
    problem: `sum to ${formatNumber(peak + (k - 1) * rest)}, not 1: the true class gets ${formatNumber(peak)} = 1 − ε and ` +
      `every other class ${formatNumber(rest)}, from \`${term.node.text}\` = ε/(K−2) with ε = ${formatNumber(epsilon)}, K = ${k} — the padding divisor, ` +
      'but no column is zeroed, so the padding class receives smoothing mass too. Zero the padding column ' +
      '(`t[:, padding_idx] = 0`), or divide by K − 1 if there is no padding class.',
  };
}

function smoothedRowWithoutTrueClass(rows: readonly (readonly number[])[]): PaddingMass | undefined {
  const hasTrueClass = (row: readonly number[]) => {
    const peak = rowMaximum(row);
    return row.some(v => v > 0 && !close(v, peak));
  };
  if (!rows.some(row => hasTrueClass(row) && row.filter(v => v > 0).length > 1)) return undefined;
  // A row of one value that sums to 1 is a uniform distribution (an outlier's target), not leftover mass.
  const index = rows.findIndex(row => row.filter(v => v > 0).length > 1 && !hasTrueClass(row) && !close(sum(row), 1));
  if (index < 0) return undefined;
  return {
    problem: `include a row (index ${index}) that singles out no class — its label is a padding or ignored index — ` +
      `but still has smoothing mass ${formatNumber(sum(rows[index]))}. Zero those rows (\`masked_fill\` with the padding ` +
      'mask), or leave them out of every term of the loss.',
  };
}

/**
 * The padding column is zeroed in every row but one, where it is that row's true class: the row's label is the
 * padding index, and the row was neither zeroed nor left out.
 */
function rowLabelledWithThePaddingClass(rows: readonly (readonly number[])[]): PaddingMass | undefined {
  const live = rows.filter(row => row.some(v => v !== 0));
  if (live.length < 2 || rows[0].length < 3) return undefined;
  const smoothed = (row: readonly number[]) => row.filter(v => v > 0).length > 1;
  const peaks = rows.map(rowMaximum);
  for (let column = 0; column < rows[0].length; column++) {
    const peaked = rows.map((row, index) => ({ row, index })).filter(({ row, index }) => row[column] > 0 && row[column] === peaks[index]);
    const zeroed = live.filter(row => row[column] === 0);
    // The other rows: smoothed, each with the column zeroed; at least two of them, so the zero is a pattern.
    if (peaked.length !== 1 || peaked.length + zeroed.length !== live.length || zeroed.length < 2 || !zeroed.every(smoothed)) continue;
    const { row, index } = peaked[0];
    const rest = row.filter((_, c) => c !== column && row[c] > 0);
    if (rest.length === 0 || !rest.every(v => close(v, rest[0]))) continue;   // one-hot, or not smoothing mass
    return {
      problem: `include a row (index ${index}) whose label is the padding class: its column ${column} is zero in every ` +
        `other row, but this row keeps ${formatNumber(row[column])} there and smoothing mass elsewhere (sum ` +
        `${formatNumber(sum(row))}). Zero the rows whose label is the padding index (\`masked_fill\` with the padding ` +
        'mask), or leave them out of every term of the loss.',
    };
  }
  return undefined;
}

/** A row with one largest value and one value everywhere else. */
function peakAndRest(row: readonly number[]): { peak: number; rest: number } | undefined {
  let top = 0;
  for (let c = 1; c < row.length; c++) if (row[c] > row[top]) top = c;
  const rest = row[top === 0 ? 1 : 0];
  if (!row.every((v, c) => c === top || close(v, rest)) || close(row[top], rest)) return undefined;
  return { peak: row[top], rest };
}
