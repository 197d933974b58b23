// What the server analyses as one: a Python file (slice by slice, incrementally: incrementalFile.ts) or a
// notebook (its code cells as one program). Both answer the same questions, in protocol positions.
import type { Program } from '../analysis/program';
import { whyNotebookNotAnalysed } from '../analysis/analysisLimits';
import type { OpenFile } from './openFile';
import { LineIndex, Position, Range } from '../parsing/lineIndex';
import { noqaHover } from '../previews/noqaHover';
import { previewAt } from '../previews/previewAt';
import { targetsHints, TargetsHint } from '../previews/inlayHints';
import { lintOf, LintResult } from '../rules/lint';
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

const NOTHING: LintResult = { findings: [], failures: [] };

export class NotebookUnit implements AnalysisUnit {
  private readonly tooLarge: string | undefined;

  constructor(readonly key: string, readonly uris: readonly string[], private readonly program: Program) {
    this.tooLarge = whyNotebookNotAnalysed(program.sources.map(source => source.text));
  }

  notAnalysed(): string | undefined {
    return this.tooLarge;
  }

  provisional(): boolean {
    return false;   // a notebook is small: its evaluation's budget is the whole-program one, kept as it is
  }

  lint(): LintResult {
    return this.tooLarge ? NOTHING : lintOf(this.program);
  }

  hover(source: number, position: Position): HoverAnswer | undefined {
    if (this.tooLarge) return undefined;
    const document = this.program.sources[source];
    const preview = hoverIn(this.program, source, document.offsetAt(position));
    return preview && { markdown: preview.markdown, range: document.rangeOf(preview.node) };
  }

  hints(source: number, first: number, last: number): TargetsHint[] {
    if (this.tooLarge) return [];
    return targetsHints(this.program, source).filter(hint => hint.position.line >= first && hint.position.line <= last);
  }

  lines(source: number): LineIndex {
    return this.program.sources[source].lines;
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
    const found = this.open.file?.sliceAt(position);
    if (!found) return undefined;
    const { inSlice, position: at } = found;
    const preview = hoverIn(inSlice.program, 0, inSlice.program.sources[0].offsetAt(at), line => inSlice.layout.toFile({ line, character: 0 }).line);
    if (!preview) return undefined;
    const range = inSlice.program.sources[0].rangeOf(preview.node);
    return { markdown: preview.markdown, range: { start: inSlice.layout.toFile(range.start), end: inSlice.layout.toFile(range.end, true) } };
  }

  hints(_source: number, first: number, last: number): TargetsHint[] {
    return this.open.file?.forEachSliceOnLines(first, last, inSlice => targetsHints(inSlice.program, 0).flatMap(hint => {
      const position = inSlice.layout.toFile(hint.position, true);
      return inSlice.owns(position.line) && position.line >= first && position.line <= last ? [{ ...hint, position }] : [];
    })) ?? [];
  }

  lines(): LineIndex {
    return this.open.file?.lines ?? new LineIndex('');
  }
}
