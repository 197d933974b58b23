// A tensor the code computes, as previews show it: exactly what print() shows, its values, its rows' sums,
// the smoothing convention they follow, and the example inputs that produced it. For a loss written over
// log-probabilities, the targets it implies are shown the same way.
import { checkPrintable, formatTensor, Tensor } from '../tensor';
import { readValues } from '../tensor/tensor';
import type { Recorded } from '../evaluator/recorder';
import type { ImpliedTargets } from '../evaluator/tangents';
import { Convention, recogniseConvention, singlesOutAClass } from './convention';

export interface ValuePreview {
  readonly printed: string;
  readonly shape: number[];
  readonly dtype: string;
  readonly values: number[];
  /** Sums of the rows (the last dimension), for 1-D and 2-D float tensors. */
  readonly rowSums?: number[];
  /** For 2-D float tensors whose values are probabilities: the smoothing convention. */
  readonly convention?: Convention;
  readonly inputs: readonly string[];
  /** For a loss over log-probabilities: the target rows it implies, times the count the loss averages over. */
  readonly implied?: { readonly rows: number[][]; readonly factor: number; readonly averagedOver: string | undefined; readonly convention: Convention };
}

/** The preview of a recorded value, or a reason there is none. */
export function previewOf(recorded: Recorded): ValuePreview | { readonly notPreviewed: string } | undefined {
  const { value } = recorded;
  if (value.kind === 'unknown') return { notPreviewed: value.reason };
  if (value.kind !== 'tensor') return undefined;
  const tensor = value.tensor;
  try {
    checkPrintable(tensor);
  } catch (error) {
    return { notPreviewed: (error as Error).message };
  }
  const isFloat = tensor.dtype.startsWith('float');
  // Each part is made when first read: the rules judge most previews by shape and dtype alone, and a
  // million-element tensor's values, rows and sums cost tens of milliseconds each.
  let printed: string | undefined;
  let values: number[] | undefined;
  let rows: number[][] | null | undefined;
  let rowSums: number[] | null | undefined;
  let convention: Convention | null | undefined;
  const valuesOf = () => (values ??= toArray(readValues(tensor)));
  const rowsOf = () => (rows === undefined ? (rows = asRows(tensor, valuesOf()) ?? null) : rows);
  return {
    get printed() {
      printed ??= formatTensor(tensor);
      return printed;
    },
    shape: [...tensor.shape],
    dtype: tensor.dtype,
    get values() {
      return valuesOf();
    },
    get rowSums() {
      if (rowSums === undefined) rowSums = isFloat && rowsOf() ? rowsOf()!.map(sum) : null;
      return rowSums ?? undefined;
    },
    get convention() {
      if (convention === undefined) {
        const matrix = isFloat && tensor.ndim === 2 ? rowsOf() : null;
        convention = matrix && valuesOf().every(v => v >= 0 && v <= 1) && singlesOutAClass(matrix) ? recogniseConvention(matrix) : null;
      }
      return convention ?? undefined;
    },
    inputs: recorded.inputs,
    implied: recorded.implied && impliedRows(recorded.implied),
  };
}

/** A plain array of the values (Array.from goes through the iterator: 80 ms for a million). */
function toArray(data: Float64Array): number[] {
  const out = new Array<number>(data.length);
  for (let i = 0; i < data.length; i++) out[i] = data[i];
  return out;
}

function asRows(tensor: Tensor, values: readonly number[]): number[][] | undefined {
  if (tensor.ndim === 1) return [[...values]];
  if (tensor.ndim !== 2) return undefined;
  const [n, k] = tensor.shape;
  return Array.from({ length: n }, (_, r) => values.slice(r * k, r * k + k));
}

/**
 * −∂loss/∂log p holds each row's targets divided by what the reduction divides by: nothing (sum), the rows
 * (mean), the rows not ignored, or every element (kl_div's 'mean'). The rows are multiplied back by whichever of
 * these brings their sums nearest to 1; a normalisation bug survives every choice.
 */
function impliedRows(implied: ImpliedTargets): ValuePreview['implied'] {
  const k = implied.shape[implied.shape.length - 1] ?? 1;
  const rows: number[][] = [];
  for (let i = 0; i < implied.values.length; i += k) rows.push(implied.values.slice(i, i + k));
  const live = rows.filter(row => row.some(v => v !== 0));
  const meanSum = live.length ? live.map(sum).reduce((a, b) => a + b, 0) / live.length : 0;
  const n = rows.length;
  const candidates: { factor: number; averagedOver: string | undefined }[] = [
    { factor: 1, averagedOver: undefined },
    { factor: n, averagedOver: `the ${n} rows` },
    { factor: live.length, averagedOver: `the ${live.length} rows not ignored` },
    { factor: n * k, averagedOver: `all ${n * k} elements` },
  ];
  const best = candidates.reduce((a, b) => (Math.abs(meanSum * b.factor - 1) < Math.abs(meanSum * a.factor - 1) ? b : a));
  const scaled = rows.map(row => row.map(v => v * best.factor));
  return { rows: scaled, factor: best.factor, averagedOver: best.averagedOver, convention: recogniseConvention(scaled) };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
