// What must hold for every input: the analysis core (rules, evaluator, previews, hovers, inlay hints) and the
// command line's per-file path never throw and report no rule failure; an incrementally edited document has
// the text the edits define and the tree a fresh parse of that text gives, and an edited file or notebook the
// findings of a fresh analysis. A violation is returned as a message;
// an exception escaping from here is a crash of the code under test.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Program } from '../../server/src/analysis/program';
import type { PythonParser } from '../../server/src/parsing/pythonParser';
import { SourceDocument } from '../../server/src/parsing/sourceDocument';
import { lint } from '../../server/src/rules/lint';
import { collectPreviews } from '../../server/src/previews/collectPreviews';
import { targetsHints } from '../../server/src/previews/inlayHints';
import { previewAt } from '../../server/src/previews/previewAt';
import { noqaHover } from '../../server/src/previews/noqaHover';
import { checkFile } from '../../server/src/cli/checkFile';
import { previewFile } from '../../server/src/cli/previewFile';
import { IncrementalFile } from '../../server/src/incremental/incrementalFile';
import { IncrementalNotebook } from '../../server/src/incremental/incrementalNotebook';
import type { FuzzCase } from './cases';

/** Lints, previews, hints and hovers a program; returns the rule failures (a rule that threw). */
export function analyse(program: Program, probes: readonly number[]): string[] {
  const problems = lint(program).failures.map(({ rule, error }) => `${rule} failed: ${(error as Error)?.stack ?? String(error)}`);
  program.sources.forEach((document, source) => {
    collectPreviews(program, source);
    targetsHints(program, source);
    for (const probe of probes) {
      const offset = Math.min(probe, document.text.length);
      previewAt(program, source, offset);
      noqaHover(program, source, offset, name => `https://example.invalid/${name}`);
    }
  });
  return problems;
}

let scratch: string | undefined;

/** `check` and `preview` on one file, as dist/cli.js runs them, from a scratch folder. */
export function throughCommandLine(parser: PythonParser, name: string, text: string): string[] {
  scratch ??= fs.mkdtempSync(path.join(os.tmpdir(), 'lsl-fuzz-'));
  const file = path.join(scratch, name);
  fs.writeFileSync(file, text);
  const checked = checkFile(parser, file, name);
  previewFile(parser, file);
  return checked.ok ? checked.internalErrors : [];
}

/**
 * A file as the language server holds it (chunks re-parsed per edit, analysed in slices): the edits' text, and
 * the findings a fresh analysis of that text gives.
 */
function editedFileProblems(parser: PythonParser, fuzz: Extract<FuzzCase, { kind: 'edits' }>): string[] {
  const file = new IncrementalFile(parser, fuzz.text);
  for (const batch of fuzz.batches) file.applyEdits(batch);
  if (file.text !== fuzz.expected) return ['the incrementally edited file differs from the text the edits define'];
  const describe = (result: ReturnType<IncrementalFile['lint']>) => JSON.stringify(result?.findings);
  const fresh = new IncrementalFile(parser, file.text);
  // Chunks and slices too: typing in a statement reads its chunk from its slice's tree instead of parsing it alone.
  if (JSON.stringify(file.describeSlices()) !== JSON.stringify(fresh.describeSlices())) return ['the incrementally edited file is sliced otherwise than a fresh analysis of its text'];
  const edited = file.lint();
  if (edited?.failures.length) return edited.failures.map(({ rule, error }) => `${rule} failed on a slice: ${(error as Error)?.stack ?? String(error)}`);
  return describe(edited) === describe(fresh.lint()) ? [] : ['the incrementally edited file has other findings than a fresh analysis of its text'];
}

/** Cells around the edited one: it reads and assigns names they share. */
const CELLS_BEFORE = ['import torch\nimport torch.nn as nn\nEPS = 0.1\n', 'logits = torch.randn(4, 5)\nlabels = torch.tensor([0, 1, 2, 3])\n'];
const CELLS_AFTER = ['loss = nn.CrossEntropyLoss(label_smoothing=EPS)(logits, labels)\n'];

/**
 * A notebook as the language server holds it, with the edited cell among others (incrementalNotebook.ts): after
 * every batch (the cell parsing or not), its findings are the ones a fresh analysis of the same cells gives.
 */
function editedNotebookProblems(parser: PythonParser, fuzz: Extract<FuzzCase, { kind: 'edits' }>, texts: readonly string[]): string[] {
  const cells = (text: string) => [...CELLS_BEFORE, text, ...CELLS_AFTER];
  const notebook = new IncrementalNotebook(parser);
  notebook.update(cells(fuzz.text));
  notebook.lint();
  for (const text of texts) {
    notebook.update(cells(text));
    notebook.lint();
  }
  const fresh = new IncrementalNotebook(parser);
  fresh.update(cells(texts[texts.length - 1] ?? fuzz.text));
  const edited = notebook.lint()!;
  if (edited.failures.length) return edited.failures.map(({ rule, error }) => `${rule} failed on a notebook slice: ${(error as Error)?.stack ?? String(error)}`);
  const describe = (result: ReturnType<IncrementalNotebook['lint']>) => JSON.stringify(result?.findings);
  return describe(edited) === describe(fresh.lint()) ? [] : ['the incrementally edited notebook has other findings than a fresh analysis of its cells'];
}

function editedDocumentProblems(parser: PythonParser, fuzz: Extract<FuzzCase, { kind: 'edits' }>): string[] {
  if (!fuzz.cell) {
    const problems = editedFileProblems(parser, fuzz);
    if (problems.length) return problems;
  }
  const kind = fuzz.cell ? 'notebookCell' : 'file';
  const document = SourceDocument.parse(parser, fuzz.text, kind);
  const fresh = () => SourceDocument.parse(parser, document.text, kind);
  try {
    const texts: string[] = [];
    for (const batch of fuzz.batches) {
      document.applyChanges(batch);
      texts.push(document.text);
    }
    if (document.text !== fuzz.expected) return ['the edited text differs from the text the edits define'];
    if (fuzz.cell) {
      const problems = editedNotebookProblems(parser, fuzz, texts);
      if (problems.length) return problems;
    }
    const reference = fresh();
    try {
      const edited = document.root.toString();
      const parsed = reference.root.toString();
      if (edited !== parsed) return [`the incrementally parsed tree differs from a fresh parse at character ${firstDifference(edited, parsed)} of its dump`];
      // The edited document must also analyse like any other (its ranges and line index are the edited ones).
      return analyse(new Program([document]), [0, document.text.length]);
    } finally {
      reference.dispose();
    }
  } finally {
    document.dispose();
  }
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** Runs one case against its invariants; returns the violations (an exception thrown out of here is a crash). */
export function checkCase(parser: PythonParser, fuzz: FuzzCase): string[] {
  switch (fuzz.kind) {
    case 'python': case 'soup': {
      if (fuzz.viaCommandLine) return throughCommandLine(parser, `case.py`, fuzz.text);
      const document = SourceDocument.parse(parser, fuzz.text);
      try {
        return analyse(new Program([document]), fuzz.probes);
      } finally {
        document.dispose();
      }
    }
    case 'notebook': return throughCommandLine(parser, 'case.ipynb', fuzz.json);
    case 'edits': return editedDocumentProblems(parser, fuzz);
  }
}
