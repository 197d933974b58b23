// A Python file analysed slice by slice (slicing.ts): an edit re-parses the chunks it touches, re-slices only
// when what the chunks assign or mention changed, and re-lints and re-evaluates only the slices whose text
// changed. Findings and evaluated programs are cached by slice text, so a slice nobody touched costs nothing.
import type { LintResult } from '../rules/lint';
import { lint } from '../rules/lint';
import { existingEvaluationOf, heldElements } from '../evaluator/evaluationOf';
import type { Finding } from '../rules/rule';
import { Program } from '../analysis/program';
import { LineIndex, Position } from '../parsing/lineIndex';
import type { PythonParser } from '../parsing/pythonParser';
import { SourceDocument } from '../parsing/sourceDocument';
import { Chunk, ChunkEdit, ChunkedText, chunkInTree } from './chunkedText';
import type { ChunkFacts } from './chunkFacts';
import { FindingsChange, gatherFindings, patchFindings, SliceFindings } from './fileFindings';
import { Lru } from './lru';
import { SliceLayout } from './sliceLayout';
import { Slice, sliceChunks } from './slicing';

/** A slice as a program, where it sits in the file, and which of its lines are its own (not copies). */
export interface InSlice {
  readonly program: Program;
  readonly layout: SliceLayout;
  /** Whether a file line lies in one of the slice's own chunks: hints there are the slice's to show. */
  owns(line: number): boolean;
}

/** Lint results of slices, by slice text: plain data, cheap to keep for every slice of the open files. */
const lintResults = new Lru<string, LintResult>(20_000);
/**
 * The tensor elements the cached programs' evaluations (whole, and their definitions' runs) may hold in all
 * (32 MB of doubles). A typical slice's evaluation creates a few hundred; code that builds million-element
 * tensors would otherwise keep 256 of them.
 */
const CACHED_ELEMENTS = 4_000_000;

/** Parsed and evaluated slices, by slice text: trees live in wasm memory, so only the recent ones are kept. */
const programs = new Lru<string, { program: Program; document: SourceDocument }>(256, ({ document }) => document.dispose(), {
  weigh: ({ program }) => heldElements(program),
  maxWeight: CACHED_ELEMENTS,
});

/** One slice of the file: its chunks as they were when its text was joined, and its lint result. */
interface SliceEntry {
  readonly slice: Slice;
  snapshot: readonly Chunk[];
  layout: SliceLayout;
  /** The text the slice had when it was last analysed, while edits have changed it since (its tree is re-used). */
  previousText?: string;
  result?: LintResult;
  /** The result came from an evaluation the wall clock cut short: it is replaced at the next lint. */
  provisional?: boolean;
  placed?: Placed;
}

/**
 * A slice's findings placed in the file while its chunks started on `lines`. Fixes' edits (offsets) are read
 * where the chunks are when asked for, so typing elsewhere in the file moves them without re-placing anything.
 */
interface Placed extends SliceFindings {
  readonly lines: readonly number[];
  readonly own: Finding[];
  readonly copied: Finding[];
}

export class IncrementalFile {
  private readonly chunked: ChunkedText;
  private slices: SliceEntry[] = [];
  /** The slice each chunk is the home of (for a copied import or constant, the first slice with it). */
  private homeSlice: number[] = [];
  /** The slices each chunk is in (an import or a constant may be in many). */
  private slicesOfChunk: SliceEntry[][] = [];
  private signatures: string[] = [];
  /** Slices to look at in the next lint: new, edited, or with provisional findings. The rest are as they were. */
  private readonly pending = new Set<SliceEntry>();
  /** An edit changed the line some chunk starts on: placed findings must be checked. */
  private linesMoved = false;
  /** The findings of the last complete lint, and how slices' findings changed since (see fileFindings.ts). */
  private gathered: LintResult | undefined;
  private changes: FindingsChange[] = [];
  private lineIndex: LineIndex | undefined;
  private result: LintResult | undefined;
  /** How many slices the last complete lint had to analyse afresh (the rest came from the cache). */
  lastLinted = 0;
  /** Slices linted afresh in the pass under way, which may span several deadline-bounded calls (−1: none is). */
  private linting = -1;

  /** A file's text; or chunks made by the caller (a notebook's cells, each chunked on its own: incrementalNotebook.ts). */
  constructor(private readonly parser: PythonParser, content: string | readonly Chunk[]) {
    this.chunked = new ChunkedText(parser, content);
    this.reslice();
  }

  get text(): string {
    return this.chunked.text;
  }

  get length(): number {
    return this.chunked.length;
  }

  /** Whether some slice's findings came from an evaluation the wall clock cut short (see lint). */
  get provisional(): boolean {
    for (const entry of this.pending) if (entry.provisional) return true;
    return false;
  }

  /** Offsets and positions of the whole text (built on demand: code actions need them, diagnostics do not). */
  get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex;
  }

  /** The line each chunk starts on. */
  get chunkLines(): readonly number[] {
    return this.chunked.lines;
  }

  /** The offset each chunk starts at. */
  get chunkOffsets(): readonly number[] {
    return this.chunked.offsets;
  }

  applyEdits(edits: readonly ChunkEdit[]): void {
    const inSlice = edits.length === 1 ? this.chunkParsedInSlice(edits[0]) : undefined;
    this.change(() => (inSlice ? this.chunked.replaceChunks(inSlice.index, 1, [inSlice.chunk]) : this.chunked.applyEdits(edits)));
  }

  /** `count` chunks from `first` replaced by clean chunks the caller made (a notebook's edited cells). */
  replaceChunks(first: number, count: number, chunks: readonly Chunk[]): void {
    this.change(() => this.chunked.replaceChunks(first, count, chunks));
  }

  /** Makes a change to the chunks, then marks what it affects: every slice if slicing changed, else the edited ones. */
  private change(makeChange: () => Set<number>): void {
    const before = this.chunked.chunks.length;
    const linesBefore = this.chunked.lines;
    const changed = makeChange();
    this.lineIndex = undefined;
    this.result = undefined;
    const sameShape = this.chunked.chunks.length === before &&
      [...changed].every(index => signature(this.chunked.chunks[index].facts) === this.signatures[index]);
    if (!sameShape) {
      this.reslice();
      return;
    }
    for (const index of changed) for (const entry of this.slicesOfChunk[index]) this.pending.add(entry);
    if (!this.linesMoved && this.chunked.lines !== linesBefore) {
      const lines = this.chunked.lines;
      for (let i = 0; i < lines.length && !this.linesMoved; i++) this.linesMoved = lines[i] !== linesBefore[i];
    }
  }

  /**
   * Typing in one statement: the statement is parsed once, as part of its slice's new text, and its chunk read
   * from that tree. The program is cached for the lint that follows, which would otherwise parse the slice again
   * after the chunk had been parsed on its own. Undefined when the edit changes more than one chunk, or the chunk
   * does not stand on its own in the slice's tree (the general path then parses the chunks alone).
   */
  private chunkParsedInSlice(edit: ChunkEdit): { index: number; chunk: Chunk } | undefined {
    const edited = this.chunked.editedChunk(edit);
    const entry = edited && this.slices[this.homeSlice[edited.index]];
    if (!edited || !entry) return undefined;
    const chunks = this.chunked.chunks;
    let start = 0;
    const texts = entry.slice.chunks.map(index => {
      if (index < edited.index) start += chunks[index].text.length;
      return index === edited.index ? edited.text : chunks[index].text;
    });
    const text = texts.join('');
    const program = this.programOf(text, entry.previousText ?? entry.layout.text);
    const chunk = chunkInTree(program.sources[0].tree, text, start, start + edited.text.length, edited.index === 0);
    return chunk && { index: edited.index, chunk };
  }

  /**
   * Every rule's findings in file positions, from each slice's cached or fresh lint. With a `deadline`
   * (performance.now()), stops linting new slices once it passes and returns undefined; a later call goes on
   * from there, so a large file's first analysis can yield to other requests. The work is the edited slices'
   * (and re-placing findings that an added or removed line moved), not the whole file's.
   */
  lint(deadline = Infinity): LintResult | undefined {
    if (this.result) return this.result;
    if (this.linting < 0) this.linting = 0;
    for (const entry of this.pending) {
      if (!this.current(entry).result && !lintResults.get(entry.layout.text) && performance.now() > deadline) return undefined;
      const before = entry.placed;
      this.changes.push({ before, after: this.analyse(entry) });
      if (!entry.provisional) this.pending.delete(entry);
    }
    if (this.linesMoved) {
      const { lines } = this.chunked;
      for (const entry of this.slices) if (entry.slice.chunks.some((index, i) => lines[index] !== entry.placed!.lines[i])) this.place(entry);
      this.gathered = undefined;
      this.linesMoved = false;
    }
    const result = (this.gathered && patchFindings(this.gathered, this.changes)) ?? gatherFindings(this.slices.map(entry => entry.placed!));
    this.gathered = result;
    this.changes = [];
    this.lastLinted = this.linting;
    this.linting = -1;
    // Kept until the next edit, unless a slice's evaluation was cut short: then the next call analyses it again.
    if (!this.provisional) this.result = result;
    return result;
  }

  /** A slice's lint result (cached by its text, or fresh) and its findings placed in the file. */
  private analyse(entry: SliceEntry): Placed {
    const { layout } = this.current(entry);
    if (!entry.result || entry.provisional) {
      let result = lintResults.get(layout.text);
      entry.provisional = false;
      if (!result) {
        const program = this.programOf(layout.text, entry.previousText);
        result = lint(program);
        this.linting++;
        if (existingEvaluationOf(program)?.timedOut) {
          // A busy machine cut the evaluation short: use what it found now, and analyse the slice afresh next time.
          entry.provisional = true;
          programs.delete(layout.text);
        } else {
          lintResults.set(layout.text, result);
        }
      }
      entry.result = result;
      entry.previousText = undefined;
    }
    return this.place(entry);
  }

  private place(entry: SliceEntry): Placed {
    const { layout, slice } = entry;
    const placed: Placed = { lines: slice.chunks.map(index => this.chunked.lines[index]), own: [], copied: [], failures: entry.result!.failures };
    for (const finding of entry.result!.findings) {
      const inFile = placeFinding(finding, layout);
      (slice.home.has(this.chunked.chunkAtLine(inFile.range.start.line)) ? placed.own : placed.copied).push(inFile);
    }
    entry.placed = placed;
    return placed;
  }

  /** The slice whose own chunk holds `position`, as a program, and the position in it. */
  sliceAt(position: Position): { inSlice: InSlice; position: Position } | undefined {
    const chunk = this.chunked.chunkAtLine(position.line);
    const entry = this.slices[this.homeSlice[chunk]];
    if (!entry) return undefined;
    const inSlice = this.inSlice(entry);
    const at = inSlice.layout.toSlice(position);
    return at && { inSlice, position: at };
  }

  /**
   * Visits each slice with a home chunk on lines first…last, as a program. One at a time: a slice's program may
   * be evicted from the cache (and its tree freed) once the next one is made, so none is kept past its visit.
   */
  forEachSliceOnLines<T>(first: number, last: number, visit: (inSlice: InSlice) => T[]): T[] {
    const indexes = new Set<number>();
    for (let chunk = this.chunked.chunkAtLine(first); chunk <= this.chunked.chunkAtLine(last); chunk++) indexes.add(this.homeSlice[chunk]);
    return [...indexes].flatMap(index => visit(this.inSlice(this.slices[index])));
  }

  /** Each slice's chunk texts in document order (for tests and diagnosis). */
  describeSlices(): string[][] {
    return this.slices.map(({ slice }) => slice.chunks.map(index => this.chunked.chunks[index].text));
  }

  private reslice(): void {
    const chunks = this.chunked.chunks;
    // A slice whose chunks are the very same objects as before keeps its joined text and its result.
    const previous = new Map(this.slices.map(entry => [entry.snapshot[0], entry]));
    this.slices = sliceChunks(chunks).map(slice => {
      const snapshot = slice.chunks.map(index => chunks[index]);
      const old = previous.get(snapshot[0]);
      // Its findings are placed again: the fixes of the old placing read the old layout.
      if (old && old.snapshot.length === snapshot.length && old.snapshot.every((chunk, i) => chunk === snapshot[i])) {
        return { slice, snapshot, layout: new SliceLayout(chunks, slice.chunks, this.chunked), result: old.result, provisional: old.provisional };
      }
      return { slice, snapshot, layout: new SliceLayout(chunks, slice.chunks, this.chunked) };
    });
    this.pending.clear();
    for (const entry of this.slices) this.pending.add(entry);
    this.linesMoved = false;
    this.gathered = undefined;
    this.changes = [];
    this.slicesOfChunk = chunks.map(() => []);
    for (const entry of this.slices) for (const chunk of entry.slice.chunks) this.slicesOfChunk[chunk].push(entry);
    this.homeSlice = new Array<number>(chunks.length);
    this.slices.forEach(({ slice }, index) => { for (const chunk of slice.home) this.homeSlice[chunk] = index; });
    // An import or a constant copied into slices is no slice's own: a hover there uses the first that copies it.
    this.slices.forEach(({ slice }, index) => { for (const chunk of slice.chunks) this.homeSlice[chunk] ??= index; });
    this.signatures = chunks.map(chunk => signature(chunk.facts));
  }

  /** The entry, its text re-joined if an edit replaced one of its chunks since. */
  private current(entry: SliceEntry): SliceEntry {
    const chunks = this.chunked.chunks;
    if (entry.slice.chunks.some((index, i) => chunks[index] !== entry.snapshot[i])) {
      entry.previousText ??= entry.layout.text;
      entry.snapshot = entry.slice.chunks.map(index => chunks[index]);
      entry.layout = new SliceLayout(chunks, entry.slice.chunks, this.chunked);
      entry.result = undefined;   // its placed findings stay until the next lint replaces them
      this.pending.add(entry);
    }
    return entry;
  }

  private inSlice(entry: SliceEntry): InSlice {
    const { layout, slice } = this.current(entry);
    return { program: this.programOf(layout.text, entry.previousText), layout, owns: line => slice.home.has(this.chunked.chunkAtLine(line)) };
  }

  /** The program of a slice's text, cached; parsed from the tree of `previousText`'s program when that is cached. */
  private programOf(text: string, previousText?: string): Program {
    let entry = programs.get(text);
    if (!entry) {
      const previous = previousText === undefined ? undefined : programs.get(previousText)?.document;
      const document = SourceDocument.parse(this.parser, text, 'file', previous);
      entry = { document, program: new Program([document]) };
      programs.set(text, entry);
    }
    return entry.program;
  }
}

/** What slicing reads of a chunk: when an edit leaves it alone, the slices stay as they were. */
function signature(facts: ChunkFacts): string {
  return JSON.stringify([[...facts.assigns].sort(), [...facts.mentions].sort(), facts.copyable, facts.starImport, facts.importsTorch, facts.dynamic, facts.random, facts.seeds]);
}

function placeFinding(finding: Finding, layout: SliceLayout): Finding {
  const range = { start: layout.toFile(finding.range.start), end: layout.toFile(finding.range.end, true) };
  if (!finding.fix) return { ...finding, range };
  const { title, safety, edits } = finding.fix;
  // The layout reads where the chunks are now: the edits follow typing elsewhere without being placed again.
  const fix = {
    title, safety,
    get edits() {
      return edits.map(edit => ({ start: layout.toFileOffset(edit.start), end: layout.toFileOffset(edit.end, edit.end > edit.start), newText: edit.newText }));
    },
  };
  return { ...finding, range, fix };
}
