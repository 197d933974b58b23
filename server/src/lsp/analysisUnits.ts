// What the server analyses as one: a Python file or a notebook's code cells, slice by slice and incrementally
// (incrementalFile.ts, incrementalNotebook.ts). Both answer the same questions, in protocol positions.
import type { Program } from '../analysis/program';
import type { IncrementalFile } from '../incremental/incrementalFile';
import type { IncrementalNotebook } from '../incremental/incrementalNotebook';
import type { OpenFile } from './openFile';
import { LineIndex, Position, Range } from '../parsing/lineIndex';
import { noqaHover } from '../previews/noqaHover';
import { previewAt } from '../previews/previewAt';
import { targetsHints, TargetsHint } from '../previews/inlayHints';
import type { LintResult } from '../rules/lint';
import { ruleDocsUrl } from './toDiagnostic';

export interface HoverAnswer {
  readonly markdown: string;
  readonly range: Range;
}

export interface AnalysisUnit {
  /** The file's URI, or the notebook's. */
  readonly key: string;
  /** Document URIs, in source order: findings' `source` indexes this. */
  readonly uris: readonly string[];
  /** Why the unit is not analysed at all (it is over a size limit): shown to the user instead of findings. */
  notAnalysed(): string | undefined;
  /** Whether the last findings are provisional: a busy machine cut an evaluation short (lint again later). */
  provisional(): boolean;
  /** The findings; with a `deadline` (performance.now()), undefined when they take longer (call again). */
  lint(deadline?: number): LintResult | undefined;
  hover(source: number, position: Position): HoverAnswer | undefined;
  /** Targets hints on lines first…last of one document. */
  hints(source: number, first: number, last: number): TargetsHint[];
  /** Offsets and positions of one document (for code actions' edits). */
  lines(source: number): LineIndex;
}

/** The hover at an offset of a program's source: a `# noqa` code, or a preview. */
function hoverIn(program: Program, source: number, offset: number, fileLine?: (line: number) => number) {
  return noqaHover(program, source, offset, ruleDocsUrl) ?? previewAt(program, source, offset, fileLine);
}

/** The hover at a position of an analysed file (or notebook text), from the slice whose own chunk holds it. */
function hoverInFile(file: IncrementalFile, position: Position, toShownLine: (line: number) => number = line => line): HoverAnswer | undefined {
  const found = file.sliceAt(position);
  if (!found) return undefined;
  const { inSlice, position: at } = found;
  const preview = hoverIn(inSlice.program, 0, inSlice.program.sources[0].offsetAt(at), line => toShownLine(inSlice.layout.toFile({ line, character: 0 }).line));
  if (!preview) return undefined;
  const range = inSlice.program.sources[0].rangeOf(preview.node);
  return { markdown: preview.markdown, range: { start: inSlice.layout.toFile(range.start), end: inSlice.layout.toFile(range.end, true) } };
}

/** Targets hints on lines first…last of an analysed file (or notebook text), each from the slice that owns its line. */
function hintsInFile(file: IncrementalFile, first: number, last: number): TargetsHint[] {
  return file.forEachSliceOnLines(first, last, inSlice => targetsHints(inSlice.program, 0).flatMap(hint => {
    const position = inSlice.layout.toFile(hint.position, true);
    return inSlice.owns(position.line) && position.line >= first && position.line <= last ? [{ ...hint, position }] : [];
  }));
}

const NOTHING: LintResult = { findings: [], failures: [] };

/**
 * A notebook: its code cells (`texts`) analysed slice by slice (incrementalNotebook.ts), unless `tooLarge` says
 * why they are not (whyNotebookNotAnalysed).
 */
export class NotebookUnit implements AnalysisUnit {
  private readonly lineIndexes: LineIndex[] = [];

  constructor(
    readonly key: string, readonly uris: readonly string[], private readonly texts: readonly string[],
    private readonly notebook: IncrementalNotebook, private readonly tooLarge: string | undefined,
  ) {}

  notAnalysed(): string | undefined {
    return this.tooLarge;
  }

  provisional(): boolean {
    return !this.tooLarge && (this.notebook.file?.provisional ?? false);
  }

  lint(deadline?: number): LintResult | undefined {
    return this.tooLarge || !this.notebook.file ? NOTHING : this.notebook.lint(deadline);
  }

  hover(source: number, position: Position): HoverAnswer | undefined {
    const { notebook } = this;
    if (this.tooLarge || !notebook.file) return undefined;
    const answer = hoverInFile(notebook.file, notebook.toText(source, position), line => notebook.toCell({ line, character: 0 }).position.line);
    return answer && { markdown: answer.markdown, range: { start: notebook.toCell(answer.range.start).position, end: notebook.toCell(answer.range.end, true).position } };
  }

  hints(source: number, first: number, last: number): TargetsHint[] {
    const { notebook } = this;
    if (this.tooLarge || !notebook.file) return [];
    const inText = (line: number) => notebook.toText(source, { line, character: 0 }).line;
    return hintsInFile(notebook.file, inText(first), inText(last)).flatMap(hint => {
      const { cell, position } = notebook.toCell(hint.position, true);
      return cell === source ? [{ ...hint, position }] : [];
    });
  }

  lines(source: number): LineIndex {
    this.lineIndexes[source] ??= new LineIndex(this.texts[source]);
    return this.lineIndexes[source];
  }
}

export class FileUnit implements AnalysisUnit {
  readonly uris: readonly string[];

  constructor(readonly key: string, private readonly open: OpenFile) {
    this.uris = [key];
  }

  notAnalysed(): string | undefined {
    return this.open.notAnalysed;
  }

  provisional(): boolean {
    return this.open.file?.provisional ?? false;
  }

  lint(deadline?: number): LintResult | undefined {
    return this.open.file ? this.open.file.lint(deadline) : NOTHING;
  }

  hover(_source: number, position: Position): HoverAnswer | undefined {
    return this.open.file && hoverInFile(this.open.file, position);
  }

  hints(_source: number, first: number, last: number): TargetsHint[] {
    return this.open.file ? hintsInFile(this.open.file, first, last) : [];
  }

  lines(): LineIndex {
    return this.open.file?.lines ?? new LineIndex('');
  }
}
