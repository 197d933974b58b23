// The open documents: Python files and the Python cells of notebooks, each with its own incrementally
// updated tree. A notebook's cells form one program (in notebook order); a file is a program by itself.
import type { NotebookCell, NotebookDocumentChangeEvent, TextDocumentContentChangeEvent, TextDocumentItem } from 'vscode-languageserver';
import { Program } from '../analysis/program';
import { PythonParser } from '../parsing/pythonParser';
import { SourceDocument, SourceKind } from '../parsing/sourceDocument';

interface OpenDocument {
  version: number;
  readonly source: SourceDocument;
}

/** A program and which document is which source in it. */
export interface ProgramUnit {
  /** The file's URI, or the notebook's. */
  readonly key: string;
  readonly program: Program;
  /** Document URIs, in the program's source order. */
  readonly uris: readonly string[];
}

export class DocumentStore {
  private readonly documents = new Map<string, OpenDocument>();
  /** Notebook URI → all its cells' document URIs in notebook order (markdown cells included). */
  private readonly notebooks = new Map<string, string[]>();
  private readonly notebookOfCell = new Map<string, string>();
  private readonly programs = new Map<string, ProgramUnit>();

  constructor(private readonly parser: PythonParser) {}

  openText(item: TextDocumentItem): string {
    this.open(item, 'file');
    return item.uri;
  }

  /** Applies an incremental change; returns the key of the program it changed, if the document is open. */
  changeText(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): string | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    document.source.applyChanges(changes.map(change => ('range' in change ? { range: change.range, text: change.text } : { text: change.text })));
    document.version = version;
    const key = this.keyOf(uri);
    this.programs.delete(key);
    return key;
  }

  closeText(uri: string): void {
    this.documents.get(uri)?.source.dispose();
    this.documents.delete(uri);
    this.programs.delete(uri);
  }

  openNotebook(uri: string, cells: readonly NotebookCell[], cellDocuments: readonly TextDocumentItem[]): void {
    for (const item of cellDocuments) this.open(item, 'notebookCell');
    this.notebooks.set(uri, cells.map(cell => cell.document));
    for (const cell of cells) this.notebookOfCell.set(cell.document, uri);
  }

  changeNotebook(uri: string, change: NotebookDocumentChangeEvent): void {
    const cells = this.notebooks.get(uri);
    if (!cells) return;
    const structure = change.cells?.structure;
    if (structure) {
      for (const closed of structure.didClose ?? []) this.closeCell(closed.uri);
      for (const opened of structure.didOpen ?? []) this.open(opened, 'notebookCell');
      const { start, deleteCount, cells: inserted = [] } = structure.array;
      cells.splice(start, deleteCount, ...inserted.map(cell => cell.document));
      for (const cell of inserted) this.notebookOfCell.set(cell.document, uri);
    }
    for (const { document, changes } of change.cells?.textContent ?? []) {
      this.changeText(document.uri, document.version, changes);
    }
    this.programs.delete(uri);
  }

  /** Closes a notebook; returns its cells' URIs, whose diagnostics should be cleared. */
  closeNotebook(uri: string): string[] {
    const cells = this.notebooks.get(uri) ?? [];
    for (const cell of cells) this.closeCell(cell);
    this.notebooks.delete(uri);
    this.programs.delete(uri);
    return cells;
  }

  /** The program that `uri` (a file or a cell) belongs to; undefined when it is not open. */
  unitOf(uri: string): ProgramUnit | undefined {
    if (!this.documents.has(uri)) return undefined;
    return this.unit(this.keyOf(uri));
  }

  unit(key: string): ProgramUnit | undefined {
    const cached = this.programs.get(key);
    if (cached) return cached;
    const uris = (this.notebooks.get(key) ?? [key]).filter(uri => this.documents.has(uri));
    if (uris.length === 0) return undefined;
    const unit = { key, uris, program: new Program(uris.map(uri => this.documents.get(uri)!.source)) };
    this.programs.set(key, unit);
    return unit;
  }

  /** Keys of every open program: files not in a notebook, and notebooks. */
  keys(): string[] {
    const files = [...this.documents.keys()].filter(uri => !this.notebookOfCell.has(uri));
    return [...files, ...this.notebooks.keys()];
  }

  isNotebook(key: string): boolean {
    return this.notebooks.has(key);
  }

  dispose(): void {
    for (const document of this.documents.values()) document.source.dispose();
    this.documents.clear();
    this.notebooks.clear();
    this.notebookOfCell.clear();
    this.programs.clear();
  }

  private open(item: TextDocumentItem, kind: SourceKind): void {
    this.documents.get(item.uri)?.source.dispose();   // a re-open replaces the old tree
    this.documents.set(item.uri, { version: item.version, source: SourceDocument.parse(this.parser, item.text, kind) });
    this.programs.delete(this.keyOf(item.uri));
  }

  private closeCell(uri: string): void {
    this.documents.get(uri)?.source.dispose();
    this.documents.delete(uri);
    this.notebookOfCell.delete(uri);
  }

  private keyOf(uri: string): string {
    return this.notebookOfCell.get(uri) ?? uri;
  }
}
