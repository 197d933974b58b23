// The editor analyses a notebook's code cells slice by slice (server/src/incremental/incrementalNotebook.ts), as it
// does a file. A notebook whose cells all parse must show the findings of the same code written as one file, each
// in its cell (a fix only when its edits stay in that cell); and an edit in one cell must re-analyse only what it
// can affect.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { IncrementalNotebook } from '../../server/src/incremental/incrementalNotebook';
import { lint, LintResult } from '../../server/src/rules/lint';
import { trainingModule } from '../../bench/trainingModule';
import type { Position } from '../../server/src/parsing/lineIndex';
import type { Finding } from '../../server/src/rules/rule';
import { describeFinding } from './describeFinding';
import { programOf, repositoryRoot, testParser } from '../helpers/parser';
import { cellsOf } from '../helpers/notebookCells';
import { lineBreaks } from '../../server/src/incremental/chunkedText';
import { pythonCorpus } from '../helpers/pythonCorpus';

/** Findings as comparable lines, with the cell each is in. */
const described = (result: LintResult) => result.findings.map(finding => `cell ${finding.source} ${describeFinding(finding)}`);

/** The findings of the cells' code as one file (each cell ending its lines), each placed in its cell. */
async function asOneFile(cells: readonly string[]): Promise<LintResult> {
  const texts = cells.map(cell => (/[\r\n]$/.test(cell) ? cell : `${cell}\n`));
  const startLines: number[] = [];
  const startOffsets: number[] = [];
  let line = 0;
  let offset = 0;
  for (const text of texts) {
    startLines.push(line);
    startOffsets.push(offset);
    line += lineBreaks(text);
    offset += text.length;
  }
  const whole = lint(await programOf(texts.join('')));
  const findings = whole.findings.map((finding): Finding => {
    let cell = startLines.length - 1;
    while (startLines[cell] > finding.range.start.line) cell--;
    const local = (position: Position) => ({ line: position.line - startLines[cell], character: position.character });
    const range = { start: local(finding.range.start), end: local(finding.range.end) };
    // An end on the line break added after a cell is the end of the cell's last line.
    const lastLine = lineBreaks(cells[cell]);
    if (range.end.line > lastLine) range.end = { line: lastLine, character: cells[cell].length - Math.max(cells[cell].lastIndexOf('\n'), cells[cell].lastIndexOf('\r')) - 1 };
    const inCell = (at: number) => at >= startOffsets[cell] && at <= startOffsets[cell] + cells[cell].length;
    const fix = finding.fix && finding.fix.edits.every(edit => inCell(edit.start) && inCell(edit.end))
      ? { ...finding.fix, edits: finding.fix.edits.map(edit => ({ ...edit, start: edit.start - startOffsets[cell], end: edit.end - startOffsets[cell] })) }
      : undefined;
    return { ...finding, source: cell, range, fix };
  });
  return { findings, failures: whole.failures };
}

async function slicedNotebook(cells: readonly string[]): Promise<IncrementalNotebook> {
  const notebook = new IncrementalNotebook(await testParser());
  notebook.update(cells);
  return notebook;
}

const files = pythonCorpus({ withOracleSnippets: false });

describe('a notebook analysed slice by slice gives the findings of its code written as one file', function () {
  this.timeout(20000);
  it('covers a meaningful set of files', () => assert.ok(files.length > 60, `${files.length} files`));
  for (const file of files) {
    it(`${file}, cut into cells`, async () => {
      const cells = await cellsOf(fs.readFileSync(path.join(repositoryRoot, file), 'utf8'));
      const notebook = await slicedNotebook(cells);
      assert.ok(notebook.file, 'every cell parses, so the notebook is analysed slice by slice');
      const sliced = notebook.lint()!;
      assert.deepStrictEqual(sliced.failures, [], 'no rule failed on a slice');
      assert.deepStrictEqual(described(sliced), described(await asOneFile(cells)));
    });
  }

  it('reads cells that end with a lone \\r (a line break for the protocol, not for the parser) as ending their line', async () => {
    const cells = ['import torch.nn as nn\r', 'EPS = 1.2\r', 'criterion = nn.CrossEntropyLoss(label_smoothing=EPS)\r'];
    assert.deepStrictEqual(described((await slicedNotebook(cells)).lint()!).map(line => line.slice(0, 42)), ['cell 2 0:48-0:51 LS004 label_smoothing=EPS']);
  });

  it('keeps IPython magics as comments, and places findings in cells without a final line break', async () => {
    const cells = ['%matplotlib inline\nimport torch.nn as nn\n!pip install torch\nEPS = 1.2', 'criterion = nn.CrossEntropyLoss(label_smoothing=EPS)'];
    const sliced = (await slicedNotebook(cells)).lint()!;
    assert.deepStrictEqual(described(sliced).map(line => line.slice(0, 42)), ['cell 1 0:48-0:51 LS004 label_smoothing=EPS']);
  });
});

describe('editing a notebook analysed slice by slice', function () {
  this.timeout(60000);

  it('re-analyses only the slices of the edited cell, and finds what a fresh analysis finds', async () => {
    const cells = await cellsOf(trainingModule().split('\n').slice(0, 1500).join('\n'));
    const notebook = await slicedNotebook(cells);
    notebook.lint();
    // Cells whose statements are definitions: nothing else copies them, so their edit reaches their own slices.
    const edited = cells.flatMap((cell, k) => (/^(def|class) /m.test(cell) && !/^(import|from) /m.test(cell) ? [k] : [])).filter((_, i) => i % 15 === 7);
    assert.ok(edited.length >= 3);
    for (const k of edited) {
      cells[k] = cells[k].replace(/(\r?\n)?$/, '\n    pass  # edited\n');
      notebook.update(cells);
      const edited = notebook.lint()!;
      assert.ok(notebook.file!.lastLinted <= 2, `cell ${k}: ${notebook.file!.lastLinted} slices analysed again`);
      assert.deepStrictEqual(described(edited), described((await slicedNotebook(cells)).lint()!));
    }
  });

  it('follows inserted, deleted and moved cells, and findings stay in their cells', async () => {
    const cells = await cellsOf(fs.readFileSync(path.join(repositoryRoot, 'examples', 'mixed_conventions.py'), 'utf8'), 1);
    const notebook = await slicedNotebook(cells);
    notebook.lint();
    const steps: ((cells: string[]) => void)[] = [
      c => c.splice(1, 0, '# a note\n'),
      c => c.splice(c.length, 0, 'import torch\nBAD = torch.nn.CrossEntropyLoss(label_smoothing=1.5)\n'),
      c => c.splice(2, 1),
      c => c.push(c.shift()!),
      c => c.splice(0, c.length - 1),
    ];
    for (const step of steps) {
      step(cells);
      notebook.update(cells);
      assert.deepStrictEqual(described(notebook.lint()!), described(await asOneFile(cells)));
    }
  });

  it('keeps a statement with a syntax error to itself: the other cells keep their findings, as fast', async () => {
    const cells = ['import torch.nn as nn\n', 'EPS = 1.2\n', 'criterion = nn.CrossEntropyLoss(label_smoothing=EPS)\n'];
    const notebook = await slicedNotebook(cells);
    const before = described(notebook.lint()!);
    assert.strictEqual(before.length, 1);
    // An unclosed bracket would take in the next cell if the cells were one text: Jupyter runs them apart.
    cells.splice(2, 0, 'print((1,\n');
    notebook.update(cells);
    const broken = notebook.lint()!;
    assert.ok(notebook.file!.lastLinted <= 2, `${notebook.file!.lastLinted} slices analysed again`);
    assert.deepStrictEqual(described(broken), before.map(line => line.replace(/^cell 2/, 'cell 3')));
    // Typing on: the names the half-typed statement assigns are not known to the others until it parses.
    cells.splice(2, 1, 'EPS = (0.1,\n');
    notebook.update(cells);
    assert.deepStrictEqual(described(notebook.lint()!), before.map(line => line.replace(/^cell 2/, 'cell 3')));
    cells[2] = 'EPS = (0.1)\n';
    notebook.update(cells);
    assert.deepStrictEqual(described(notebook.lint()!), [], 'once it parses, the new EPS is in range');
    assert.deepStrictEqual(described(notebook.lint()!), described(await asOneFile(cells)));
  });
});
