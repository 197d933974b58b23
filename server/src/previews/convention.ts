// Recognises which label-smoothing convention a target matrix follows (shared/LABEL-SMOOTHING.md):
//   uniform mix       true class 1 − ε + ε/K, others ε/K
//   off-target        true class 1 − ε,       others ε/(K−1)
//   padding excluded  true class 1 − ε,       others ε/(K−2), the padding column 0, padding rows all 0
// The first two are one family (uniform ε equals off-target ε(K−1)/K), so a normalised row is both; the
// description picks the spelling whose ε is rounder, and always gives the `label_smoothing` it equals.
/** ε as people write it: 4 significant digits (0.1, 0.1333), which also hides float32 noise (0.0999999). */
export const formatEpsilon = (value: number) => String(Number(value.toPrecision(4)));

export type ConventionName = 'uniform' | 'off-target' | 'padding-excluded' | 'one-hot' | 'other';

export interface Convention {
  readonly name: ConventionName;
  /** The ε of the recognised convention. */
  readonly epsilon?: number;
  /** The `label_smoothing` of nn.CrossEntropyLoss that gives the same targets, when there is one. */
  readonly labelSmoothing?: number;
  readonly paddingIndex?: number;
  /** One line for people: "uniform ε/K, ε = 0.1: the same as CrossEntropyLoss(label_smoothing=0.1)". */
  readonly description: string;
}

const TOLERANCE = 1e-5;
const close = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));

/** Whether rows look like targets at all: some row singles out a class (not all zeros, not a constant fill). */
export function singlesOutAClass(rows: readonly (readonly number[])[]): boolean {
  return rows.some(row => row.some(value => value !== row[0]));
}

export function recogniseConvention(rows: readonly (readonly number[])[]): Convention {
  const k = rows[0]?.length ?? 0;
  if (rows.length === 0 || k < 2) return other('not a matrix of target rows');
  const padding = paddingColumn(rows);
  const liveRows = padding === undefined ? rows : rows.filter(row => row.some(v => v !== 0));
  const columns = padding === undefined ? k : k - 1;
  const shapes = liveRows.map(row => rowShape(padding === undefined ? [...row] : row.filter((_, c) => c !== padding)));
  if (shapes.length === 0 || shapes.some(shape => !shape)) return other('rows are not one value on the true class and one elsewhere');
  const { high, low } = shapes[0]!;
  if (!shapes.every(shape => close(shape!.high, high) && close(shape!.low, low))) return other('rows differ from each other');
  const sum = high + (columns - 1) * low;
  if (!close(sum, 1)) return other(`rows sum to ${formatEpsilon(sum)}, not 1`);
  if (low === 0) return { name: 'one-hot', epsilon: 0, labelSmoothing: 0, description: 'one-hot: no smoothing' };

  if (padding !== undefined) {
    const epsilon = (columns - 1) * low;
    return {
      name: 'padding-excluded', epsilon, paddingIndex: padding,
      description: `padding excluded ε/(K−2), ε = ${formatEpsilon(epsilon)}, padding column ${padding}`,
    };
  }
  const uniform = k * low;
  const offTarget = (k - 1) * low;
  const equivalent = `the same as \`CrossEntropyLoss(label_smoothing=${formatEpsilon(uniform)})\``;
  if (roundness(offTarget) < roundness(uniform)) {
    return {
      name: 'off-target', epsilon: offTarget, labelSmoothing: uniform,
      description: `off-target ε/(K−1), ε = ${formatEpsilon(offTarget)}: ${equivalent}`,
    };
  }
  return { name: 'uniform', epsilon: uniform, labelSmoothing: uniform, description: `uniform ε/K, ε = ${formatEpsilon(uniform)}: ${equivalent}` };
}

function other(why: string): Convention {
  return { name: 'other', description: `no standard convention: ${why}` };
}

/** A row with one value on one column and one other value everywhere else. */
function rowShape(row: readonly number[]): { high: number; low: number } | undefined {
  let top = 0;
  for (let c = 1; c < row.length; c++) if (row[c] > row[top]) top = c;
  const low = row[top === 0 ? 1 : 0];
  if (!row.every((value, c) => c === top || close(value, low))) return undefined;
  return { high: row[top], low };
}

/** The column that is 0 in every row while the rows are smoothed elsewhere: a padding class. */
function paddingColumn(rows: readonly (readonly number[])[]): number | undefined {
  const k = rows[0].length;
  if (k < 3) return undefined;
  const smoothed = rows.some(row => row.filter(v => v > 0).length > 1);
  if (!smoothed) return undefined;
  for (let c = 0; c < k; c++) if (rows.every(row => row[c] === 0)) return c;
  return undefined;
}

/** How many significant digits a number needs: 0.1 → 1, 0.075 → 2, 0.13333 → 6. */
function roundness(value: number): number {
  for (let digits = 1; digits <= 15; digits++) {
    if (close(Number(value.toPrecision(digits)), value)) return digits;
  }
  return 16;
}
