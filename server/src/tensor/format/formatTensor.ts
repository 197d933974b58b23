// print(tensor), character for character as torch/_tensor_str.py renders it with the default print options:
// 4 digits of precision, scientific notation when magnitudes differ by more than 1000×, integer-valued floats
// as "1.", rows wrapped at 80 columns, and "..." summaries beyond 1000 elements (3 items at each edge).
import { checkPrintableGradFn } from '../autograd';
import { type DType, dtypeName, isFloating } from '../dtype';
import { formatTupleOfInts } from '../shape';
import { readValues, requireKnownValues, type Tensor } from '../tensor';
import { formatFixed, formatScientific, pythonIntStr } from './pythonNumbers';

const PRECISION = 4;
const THRESHOLD = 1000;
const EDGE_ITEMS = 3;
const LINE_WIDTH = 80;

/**
 * Throws `Unsupported` when print(t) cannot be shown: some value is unknown (torch.empty, unseeded random), or
 * the grad_fn it would print is not modelled. Cheap: callers that may never print check this first.
 */
export function checkPrintable(t: Tensor): void {
  requireKnownValues(t);
  checkPrintableGradFn(t);
}

/** repr(t) / print(t). Throws `Unsupported` when it cannot be shown (checkPrintable). */
export function formatTensor(t: Tensor): string {
  checkPrintable(t);
  const prefix = 'tensor(';
  const indent = prefix.length;
  const suffixes: string[] = [];
  let body: string;
  if (t.numel === 0) {
    // An empty tensor shows its shape unless it is (0,), and always its dtype unless float32.
    if (t.ndim !== 1) suffixes.push(`size=${formatTupleOfInts(t.shape)}`);
    if (t.dtype !== 'float32') suffixes.push(`dtype=${dtypeName(t.dtype)}`);
    body = '[]';
  } else {
    if (!hasDefaultDtype(t.dtype)) suffixes.push(`dtype=${dtypeName(t.dtype)}`);
    body = tensorBody(t, indent);
  }
  if (t.gradFn !== undefined) suffixes.push(`grad_fn=<${t.gradFn}>`);
  else if (t.requiresGrad) suffixes.push('requires_grad=True');
  return addSuffixes(prefix + body, suffixes, indent);
}

function hasDefaultDtype(dtype: DType): boolean {
  return dtype === 'float32' || dtype === 'int64' || dtype === 'bool';
}

function addSuffixes(text: string, suffixes: readonly string[], indent: number): string {
  const parts = [text];
  let lastLineLength = text.length - text.lastIndexOf('\n') + 1;
  for (const suffix of suffixes) {
    if (lastLineLength + suffix.length + 2 > LINE_WIDTH) {
      parts.push(`,\n${' '.repeat(indent)}${suffix}`);
      lastLineLength = indent + suffix.length;
    } else {
      parts.push(`, ${suffix}`);
      lastLineLength += suffix.length + 2;
    }
  }
  parts.push(')');
  return parts.join('');
}

/** A row-major block of values with its shape: the printer walks sub-blocks without making tensors. */
interface Block {
  readonly values: Float64Array;
  readonly shape: readonly number[];
  readonly start: number;
}

function subBlock(block: Block, index: number): Block {
  const rest = block.shape.slice(1);
  const size = rest.reduce((a, b) => a * b, 1);
  return { values: block.values, shape: rest, start: block.start + index * size };
}

function tensorBody(t: Tensor, indent: number): string {
  const block: Block = { values: readValues(t), shape: t.shape, start: 0 };
  const summarize = t.numel > THRESHOLD;
  const formatter = new ElementFormatter(t.dtype, summarize ? summarizedValues(block) : block.values);
  return blockString(block, indent, summarize, formatter);
}

/** The values the summary shows (edge rows and columns only): they alone decide the number format. */
function summarizedValues(block: Block): Float64Array {
  const collected: number[] = [];
  const visit = (b: Block): void => {
    const size = b.shape[0];
    if (b.shape.length === 0) {
      collected.push(b.values[b.start]);
      return;
    }
    const indices = size > 2 * EDGE_ITEMS
      ? [...range(0, EDGE_ITEMS), ...range(size - EDGE_ITEMS, size)]
      : range(0, size);
    for (const i of indices) visit(subBlock(b, i));
  };
  visit(block);
  return Float64Array.from(collected);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function blockString(block: Block, indent: number, summarize: boolean, formatter: ElementFormatter): string {
  const ndim = block.shape.length;
  if (ndim === 0) return formatter.format(block.values[block.start]);
  const size = block.shape[0];
  if (ndim === 1) return vectorString(block, indent, summarize, formatter);
  let slices: string[];
  if (summarize && size > 2 * EDGE_ITEMS) {
    slices = [
      ...range(0, EDGE_ITEMS).map(i => blockString(subBlock(block, i), indent + 1, summarize, formatter)),
      '...',
      ...range(size - EDGE_ITEMS, size).map(i => blockString(subBlock(block, i), indent + 1, summarize, formatter)),
    ];
  } else {
    slices = range(0, size).map(i => blockString(subBlock(block, i), indent + 1, summarize, formatter));
  }
  return `[${slices.join(`,${'\n'.repeat(ndim - 1)}${' '.repeat(indent + 1)}`)}]`;
}

function vectorString(block: Block, indent: number, summarize: boolean, formatter: ElementFormatter): string {
  const elementLength = formatter.width + 2;
  const elementsPerLine = Math.max(1, Math.floor((LINE_WIDTH - indent) / elementLength));
  const size = block.shape[0];
  const at = (i: number) => formatter.format(block.values[block.start + i]);
  const data = summarize && size > 2 * EDGE_ITEMS
    ? [...range(0, EDGE_ITEMS).map(at), ' ...', ...range(size - EDGE_ITEMS, size).map(at)]
    : range(0, size).map(at);
  const lines: string[] = [];
  for (let i = 0; i < data.length; i += elementsPerLine) lines.push(data.slice(i, i + elementsPerLine).join(', '));
  return `[${lines.join(`,\n${' '.repeat(indent + 1)}`)}]`;
}

/** torch._tensor_str._Formatter: picks integer, fixed or scientific notation and a common width. */
class ElementFormatter {
  private readonly floating: boolean;
  private readonly dtype: DType;
  private intMode = true;
  private sciMode = false;
  width = 1;

  constructor(dtype: DType, values: Float64Array) {
    this.dtype = dtype;
    this.floating = isFloating(dtype);
    if (!this.floating) {
      for (const value of values) this.width = Math.max(this.width, this.plain(value).length);
      return;
    }
    const finite: number[] = [];
    for (const value of values) if (Number.isFinite(value) && value !== 0) finite.push(value);
    if (finite.length === 0) return;
    let min = Infinity;
    let max = 0;
    for (const value of finite) {
      const magnitude = Math.abs(value);
      min = Math.min(min, magnitude);
      max = Math.max(max, magnitude);
    }
    this.intMode = finite.every(value => value === Math.ceil(value));
    const spread = max / min > 1000 || max > 1e8;
    if (this.intMode) {
      if (spread) {
        this.sciMode = true;
        for (const value of finite) this.width = Math.max(this.width, formatScientific(value, PRECISION).length);
      } else {
        for (const value of finite) this.width = Math.max(this.width, formatFixed(value, 0).length + 1);
      }
    } else if (spread || min < 1e-4) {
      this.sciMode = true;
      for (const value of finite) this.width = Math.max(this.width, formatScientific(value, PRECISION).length);
    } else {
      for (const value of finite) this.width = Math.max(this.width, formatFixed(value, PRECISION).length);
    }
  }

  private plain(value: number): string {
    if (this.dtype === 'bool') return value !== 0 ? 'True' : 'False';
    return pythonIntStr(value);
  }

  format(value: number): string {
    let text: string;
    if (!this.floating) text = this.plain(value);
    else if (this.sciMode) text = formatScientific(value, PRECISION);
    else if (this.intMode) text = formatFixed(value, 0) + (Number.isFinite(value) ? '.' : '');
    else text = formatFixed(value, PRECISION);
    return text.padStart(this.width, ' ');
  }
}
