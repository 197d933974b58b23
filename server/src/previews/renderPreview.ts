// A value preview as hover Markdown: the tensor exactly as print() shows it, a table with row sums, the
// convention, what it equals in PyTorch's terms, the implied targets of a loss, and the inputs used.
import { matrixTable } from './markdownTable';
import type { ValuePreview } from './valuePreview';

const fixed4 = (value: number) => value.toFixed(4);

export function renderPreview(title: string, preview: ValuePreview | { readonly notPreviewed: string }): string {
  if ('notPreviewed' in preview) return `**\`${title}\`**\n\nNot previewed: ${preview.notPreviewed}.`;
  const parts = [
    `**\`${title}\`** · ${preview.dtype} · shape (${preview.shape.join(', ')})`,
    '```python\n' + preview.printed + '\n```',
  ];
  if (preview.rowSums && preview.shape.length === 2) {
    const k = preview.shape[1];
    const rows = preview.rowSums.map((_, r) => preview.values.slice(r * k, r * k + k));
    parts.push(matrixTable(rows, fixed4));
  } else if (preview.rowSums) {
    parts.push(`Sum: ${fixed4(preview.rowSums[0])}`);
  }
  if (preview.convention) parts.push(`**Convention:** ${preview.convention.description}`);
  if (preview.implied) {
    const averaged = preview.implied.averagedOver;
    const scaled = averaged ? ` (−∂loss/∂log p, times the count of ${averaged} the loss averages over)` : ' (−∂loss/∂log p)';
    parts.push(`**Targets this loss implies**${scaled}:`, matrixTable(preview.implied.rows, fixed4),
      `**Convention:** ${preview.implied.convention.description}`);
  }
  parts.push(preview.inputs.length ? `**Example inputs:** ${preview.inputs.join('; ')}.` : 'Computed from the values in the code.');
  return parts.join('\n\n');
}
