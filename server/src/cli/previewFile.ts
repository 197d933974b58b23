// `preview` on one file: every preview the editor would show (filePreviews.ts), with 1-based positions, as text or JSON.
import type { PythonParser } from '../parsing/pythonParser';
import { loadFile, toCliPosition } from './loadFile';

export interface CliPreview {
  readonly line: number;
  readonly column: number;
  readonly cell?: number;
  readonly expression: string;
  /** Exactly what PyTorch's print() shows. */
  readonly printed: string;
  readonly values: number[];
  readonly shape: number[];
  readonly dtype: string;
  readonly rowSums: number[] | null;
  readonly convention: string | null;
  readonly impliedTargets: { readonly rows: number[][]; readonly convention: string } | null;
  readonly exampleInputs: readonly string[];
}

export function previewFile(parser: PythonParser, path: string): CliPreview[] | { readonly error: string } {
  const loaded = loadFile(parser, path);
  if ('error' in loaded) return loaded;
  try {
    return loaded.previews().map(({ source, position, expression, preview }) => {
      const { line, column } = toCliPosition(loaded.sources[source].lines, position);
      const cell = loaded.cellNumbers?.[source];
      return {
        line, column, ...(cell === undefined ? {} : { cell }), expression,
        printed: preview.printed, values: preview.values, shape: preview.shape, dtype: preview.dtype,
        rowSums: preview.rowSums ?? null,
        convention: preview.convention?.description ?? null,
        impliedTargets: preview.implied ? { rows: preview.implied.rows, convention: preview.implied.convention.description } : null,
        exampleInputs: preview.inputs,
      };
    });
  } finally {
    loaded.dispose();
  }
}

export function formatPreviewsText(path: string, previews: readonly CliPreview[]): string {
  return previews.map(p => {
    const where = p.cell === undefined ? `${p.line}:${p.column}` : `cell ${p.cell}:${p.line}:${p.column}`;
    const facts = [`${p.dtype}, shape (${p.shape.join(', ')})`];
    if (p.convention) facts.push(p.convention);
    if (p.impliedTargets) facts.push(`implies targets: ${p.impliedTargets.convention}`);
    if (p.exampleInputs.length) facts.push(`example inputs: ${p.exampleInputs.join('; ')}`);
    return `${path}:${where}: ${p.expression} (${facts.join('; ')})\n${p.printed}\n`;
  }).join('\n');
}
