// A target matrix as a small Markdown table with each row's sum. Beyond 8 rows or columns the middle is
// elided (the first 4 and the last 3 are kept), so a hover stays readable for any batch or vocabulary.
const MAX_SHOWN = 8;
const HEAD = 4;
const TAIL = 3;

export function matrixTable(rows: readonly (readonly number[])[], format: (value: number) => string): string {
  const columnCount = rows[0]?.length ?? 0;
  const columns = shownIndices(columnCount);
  const header = ['', ...columns.map(c => (c === undefined ? '…' : String(c))), 'row sum'];
  const lines = [row(header), row(header.map(() => '---'))];
  for (const r of shownIndices(rows.length)) {
    if (r === undefined) {
      lines.push(row(['⋮', ...columns.map(() => ''), '']));
      continue;
    }
    const values = rows[r];
    const sum = values.reduce((total, value) => total + value, 0);
    lines.push(row([`**${r}**`, ...columns.map(c => (c === undefined ? '…' : format(values[c]))), format(sum)]));
  }
  return lines.join('\n');
}

/** 0..n-1, or the first and last few with `undefined` where the rest is elided. */
function shownIndices(n: number): (number | undefined)[] {
  if (n <= MAX_SHOWN) return Array.from({ length: n }, (_, i) => i);
  return [...Array.from({ length: HEAD }, (_, i) => i), undefined, ...Array.from({ length: TAIL }, (_, i) => n - TAIL + i)];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
