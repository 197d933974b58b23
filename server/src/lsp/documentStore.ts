// The open documents: Python files, analysed incrementally slice by slice (IncrementalFile), and the Python
// cells of notebooks, held as text: a notebook's cells are analysed together, in notebook order, slice by slice
// too (IncrementalNotebook, which parses the cells an edit changed).
import type { NotebookCell, NotebookDocumentChangeEvent, TextDocumentContentChangeEvent, TextDocumentItem } from 'vscode-languageserver';
import { OpenFile } from './openFile';
import { PythonParser } from '../parsing/pythonParser';
import { applyTextChange } from '../parsing/textChange';
import { AnalysisUnit, FileUnit, NotebookUnit } from './analysisUnits';
import { IncrementalNotebook } from '../incremental/incrementalNotebook';
import { whyNotebookNotAnalysed } from '../analysis/analysisLimits';

type OpenDocument =
  | { version: number; readonly kind: 'file'; readonly file: OpenFile }
  | { version: number; readonly kind: 'notebookCell'; text: string };

export class DocumentStore {
  private readonly documents = new Map<string, OpenDocument>();
  /** Notebook URI → all its cells' document URIs in notebook order (markdown cells included). */
  private readonly notebooks = new Map<string, string[]>();
  private readonly notebookOfCell = new Map<string, string>();
  private readonly units = new Map<string, AnalysisUnit>();
  /** Each open notebook's analysis, kept across its edits (a unit is rebuilt after each). */
  private readonly notebookAnalyses = new Map<string, IncrementalNotebook>();

  constructor(private readonly parser: PythonParser) {}

  openText(item: TextDocumentItem): string {
    this.documents.set(item.uri, { version: item.version, kind: 'file', file: new OpenFile(this.parser, item.text) });
    this.units.delete(this.keyOf(item.uri));
    return item.uri;
  }

  /** Applies an incremental change; returns the key of the program it changed, if the document is open. */
  changeText(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): string | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const edits = changes.map(change => ('range' in change ? { range: change.range, text: change.text } : { text: change.text }));
    if (document.kind === 'file') document.file.applyEdits(edits);
    else document.text = edits.reduce(applyTextChange, document.text);
    document.version = version;
    const key = this.keyOf(uri);
    // A file's unit follows its IncrementalFile; a notebook's is made again, and its analysis takes the new texts.
    if (document.kind === 'notebookCell') this.units.delete(key);
    return key;
  }

  closeText(uri: string): void {
    this.documents.delete(uri);
    this.units.delete(uri);
  }

  openNotebook(uri: string, cells: readonly NotebookCell[], cellDocuments: readonly TextDocumentItem[]): void {
    for (const item of cellDocuments) this.openCell(item);
    this.notebooks.set(uri, cells.map(cell => cell.document));
    for (const cell of cells) this.notebookOfCell.set(cell.document, uri);
  }

  changeNotebook(uri: string, change: NotebookDocumentChangeEvent): void {
    const cells = this.notebooks.get(uri);
    if (!cells) return;
    const structure = change.cells?.structure;
    if (structure) {
      for (const closed of structure.didClose ?? []) this.closeCell(closed.uri);
      for (const opened of structure.didOpen ?? []) this.openCell(opened);
      const { start, deleteCount, cells: inserted = [] } = structure.array;
      cells.splice(start, deleteCount, ...inserted.map(cell => cell.document));
      for (const cell of inserted) this.notebookOfCell.set(cell.document, uri);
    }
    for (const { document, changes } of change.cells?.textContent ?? []) {
      this.changeText(document.uri, document.version, changes);
    }
    this.units.delete(uri);
  }

  /** Closes a notebook; returns its cells' URIs, whose diagnostics should be cleared. */
  closeNotebook(uri: string): string[] {
    const cells = this.notebooks.get(uri) ?? [];
    for (const cell of cells) this.closeCell(cell);
    this.notebooks.delete(uri);
    this.units.delete(uri);
    this.notebookAnalyses.delete(uri);
    return cells;
  }

  /** The unit that `uri` (a file or a cell) belongs to; undefined when it is not open. */
  unitOf(uri: string): AnalysisUnit | undefined {
    if (!this.documents.has(uri)) return undefined;
    return this.unit(this.keyOf(uri));
  }

  unit(key: string): AnalysisUnit | undefined {
    const cached = this.units.get(key);
    if (cached) return cached;
    const opened = this.documents.get(key);
    let unit: AnalysisUnit | undefined;
    if (opened?.kind === 'file') {
      unit = new FileUnit(key, opened.file);
    } else {
      const uris = (this.notebooks.get(key) ?? []).filter(uri => this.documents.get(uri)?.kind === 'notebookCell');
      if (uris.length === 0) return undefined;
      const texts = uris.map(uri => (this.documents.get(uri) as { text: string }).text);
      let analysis = this.notebookAnalyses.get(key);
      if (!analysis) this.notebookAnalyses.set(key, (analysis = new IncrementalNotebook(this.parser)));
      // A notebook over the size limits is not chunked: its unit says why it is not analysed.
      const tooLarge = whyNotebookNotAnalysed(texts);
      if (!tooLarge) analysis.update(texts);
      unit = new NotebookUnit(key, uris, texts, analysis, tooLarge);
    }
    this.units.set(key, unit);
    return unit;
  }

  /** The version the client gave a document (a file or a cell). */
  documentVersion(uri: string): number | undefined {
    return this.documents.get(uri)?.version;
  }

  /** A number that changes whenever the unit's documents do: results computed for an older one are stale. */
  versionOf(key: string): string {
    return (this.notebooks.get(key) ?? [key]).map(uri => this.documents.get(uri)?.version ?? 'closed').join(',');
  }

  /** Keys of every open program: files not in a notebook, and notebooks. */
  keys(): string[] {
    const files = [...this.documents.keys()].filter(uri => !this.notebookOfCell.has(uri));
    return [...files, ...this.notebooks.keys()];
  }

  isNotebook(key: string): boolean {
    return this.notebooks.has(key);
  }

  disposeAll(): void {
    this.documents.clear();
    this.notebooks.clear();
    this.notebookOfCell.clear();
    this.units.clear();
    this.notebookAnalyses.clear();
  }

  private openCell(item: TextDocumentItem): void {
    this.documents.set(item.uri, { version: item.version, kind: 'notebookCell', text: item.text });
    this.units.delete(this.keyOf(item.uri));
  }

  private closeCell(uri: string): void {
    this.documents.delete(uri);
    this.notebookOfCell.delete(uri);
  }

  private keyOf(uri: string): string {
    return this.notebookOfCell.get(uri) ?? uri;
  }
}
