// Reads a Jupyter notebook (.ipynb, nbformat 4) into its cells. Only the command line reads notebooks from
// disk; in the editor, VS Code sends the cells itself. A malformed notebook is an error with a clear reason.
export interface NotebookCell {
  /** 1-based position among all the notebook's cells, markdown included, as Jupyter shows them. */
  readonly number: number;
  readonly text: string;
}

export class NotebookFormatError extends Error {}

/** The Python code cells of a notebook; none when the notebook's kernel is another language. */
export function readNotebookCells(json: string): NotebookCell[] {
  let notebook: unknown;
  try {
    notebook = JSON.parse(json);
  } catch (error) {
    throw new NotebookFormatError(`not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(notebook) || !Array.isArray(notebook.cells)) {
    throw new NotebookFormatError('not a Jupyter notebook: no "cells" list (nbformat 4 is supported)');
  }
  if (!isPythonNotebook(notebook.metadata)) return [];
  const cells: NotebookCell[] = [];
  notebook.cells.forEach((cell: unknown, index: number) => {
    if (!isObject(cell) || cell.cell_type !== 'code') return;
    const text = sourceText(cell.source);
    if (text === undefined) throw new NotebookFormatError(`cell ${index + 1}: "source" is neither text nor a list of lines`);
    cells.push({ number: index + 1, text });
  });
  return cells;
}

function sourceText(source: unknown): string | undefined {
  if (typeof source === 'string') return source;
  if (Array.isArray(source) && source.every(line => typeof line === 'string')) return source.join('');
  if (source === undefined) return '';
  return undefined;
}

function isPythonNotebook(metadata: unknown): boolean {
  if (!isObject(metadata)) return true;
  const language = (isObject(metadata.language_info) && metadata.language_info.name) ||
    (isObject(metadata.kernelspec) && metadata.kernelspec.language);
  return typeof language !== 'string' || language.toLowerCase() === 'python';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
