// Typing into a file: after any sequence of edits — including ones that break the code for a while, split or
// join lines, or open brackets and strings — the editor's incremental analysis holds the text the client holds
// and reports exactly what a fresh analysis of that text reports.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { IncrementalFile } from '../../server/src/incremental/incrementalFile';
import { LineIndex } from '../../server/src/parsing/lineIndex';
import { SourceDocument } from '../../server/src/parsing/sourceDocument';
import { trainingModule } from '../../bench/trainingModule';
import { repositoryRoot, testParser } from '../helpers/parser';
import { seededNumbers } from '../fuzz/random';
import { describeFinding } from './describeFinding';

const INSERTIONS = [' ', '\n', '\n    ', 'x', '(', ')', ':', '"', "'''", '#', 'eps', ' / (K - 1)', '0.2', 'def f():\n    return 1\n', '\\\n', 'else:\n', '@dec\n', '\r\n', '[', ']'];

interface Edit { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }

function randomEdit(text: string, next: () => number): Edit {
  const lines = new LineIndex(text);
  const start = Math.floor(next() * (text.length + 1));
  const length = next() < 0.5 ? 0 : Math.floor(next() * Math.min(40, text.length - start + 1));
  const inserted = next() < 0.3 ? '' : INSERTIONS[Math.floor(next() * INSERTIONS.length)];
  return { range: { start: lines.positionAt(start), end: lines.positionAt(start + length) }, text: inserted };
}

/**
 * An edit that keeps the generated module valid Python: a trailing space, a blank line, another digit, a new
 * top-level statement before one, or the divisor of a smoothing term changed.
 */
function everydayEdit(text: string, next: () => number): Edit {
  const lines = text.split('\n');
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const at = (line: number, character: number) => ({ line, character });
  for (;;) {
    const line = Math.floor(next() * lines.length);
    const content = lines[line];
    switch (pick(['space', 'blank', 'digit', 'statement', 'divisor'])) {
      case 'space':
      case 'blank':
        return { range: { start: at(line, content.length), end: at(line, content.length) }, text: next() < 0.5 ? ' ' : '\n' };
      case 'digit': {
        const digit = /\d/.exec(content);
        if (digit) return { range: { start: at(line, digit.index), end: at(line, digit.index + 1) }, text: String(Math.floor(next() * 10)) };
        break;
      }
      case 'statement':
        if (/^(def |class |[a-z_]+\w* = )/.test(content)) return { range: { start: at(line, 0), end: at(line, 0) }, text: `helper_${line} = ${line}\n` };
        break;
      case 'divisor': {
        const divisor = content.indexOf('(K - 1)');
        if (divisor >= 0) return { range: { start: at(line, divisor), end: at(line, divisor + 7) }, text: 'K' };
        break;
      }
    }
  }
}

function applied(text: string, edit: Edit): string {
  const lines = new LineIndex(text);
  return text.slice(0, lines.offsetAt(edit.range.start)) + edit.text + text.slice(lines.offsetAt(edit.range.end));
}

const sources: [string, string][] = [
  ...fs.readdirSync(path.join(repositoryRoot, 'examples')).filter(name => name.endsWith('.py')).sort()
    .map((name): [string, string] => [name, fs.readFileSync(path.join(repositoryRoot, 'examples', name), 'utf8')]),
  ['generated training module (400 lines)', trainingModule(400)],
];

describe('incremental analysis through random edit sequences', function () {
  this.timeout(120000);
  for (const [name, original] of sources) {
    it(`${name}: 30 edits, each compared with a fresh analysis`, async () => {
      const parser = await testParser();
      const next = seededNumbers(name.length * 7919);
      const file = new IncrementalFile(parser, original);
      let text = original;
      for (let step = 0; step < 30; step++) {
        // Sometimes two changes arrive in one notification, each relative to the text the previous one left.
        const edits = [randomEdit(text, next)];
        text = applied(text, edits[0]);
        if (next() < 0.2) {
          edits.push(randomEdit(text, next));
          text = applied(text, edits[1]);
        }
        file.applyEdits(edits);
        assert.strictEqual(file.text, text, `step ${step}: the text after ${JSON.stringify(edits)}`);
        const fresh = new IncrementalFile(parser, text);
        const incremental = file.lint()!.findings.map(describeFinding);
        const expected = fresh.lint()!.findings.map(describeFinding);
        if (process.env.DEBUG_EDITS && JSON.stringify(incremental) !== JSON.stringify(expected)) console.log(step, JSON.stringify(edits), file.describeSlices().length, fresh.describeSlices().length);
        assert.deepStrictEqual(incremental, expected, `step ${step}: findings after ${JSON.stringify(edits)}`);
      }
    });
  }

  it('keeps valid code valid through 60 everyday edits, re-linting at most the slices an edit touches', async () => {
    const parser = await testParser();
    const next = seededNumbers(42);
    let text = trainingModule(400);
    const file = new IncrementalFile(parser, text);
    file.lint();
    for (let step = 0; step < 60; step++) {
      const edit = everydayEdit(text, next);
      text = applied(text, edit);
      file.applyEdits([edit]);
      const incremental = file.lint()!.findings.map(describeFinding);
      assert.ok(file.lastLinted <= 3, `step ${step}: ${file.lastLinted} slices re-linted after ${JSON.stringify(edit)}`);
      assert.deepStrictEqual(incremental, new IncrementalFile(parser, text).lint()!.findings.map(describeFinding), `step ${step}: findings after ${JSON.stringify(edit)}`);
    }
  });

  it('parses, keystroke by keystroke, only the slice typed in, from its previous tree', async () => {
    const parser = await testParser();
    // The parser as the file sees it, counting every parse and those that start from an earlier tree.
    let parses = 0;
    let incremental = 0;
    const counting = Object.create(parser) as typeof parser;
    counting.parse = (text, previous) => {
      parses++;
      if (previous) incremental++;
      return parser.parse(text, previous);
    };
    let text = trainingModule(120);
    const file = new IncrementalFile(counting, text);
    file.lint();
    const lines = text.split('\n');
    // Digits typed into a default ε: the code stays valid at every keystroke (code with a syntax error is parsed
    // afresh, as opening it would).
    const line = lines.findIndex(l => l.includes('smoothing=0.1'));
    const character = lines[line].indexOf('smoothing=0.1') + 'smoothing=0.1'.length;
    let typed = 0;
    for (const key of '2345') {
      const edit = { range: { start: { line, character: character + typed }, end: { line, character: character + typed } }, text: key };
      text = applied(text, edit);
      typed++;
      const [parsesBefore, incrementalBefore] = [parses, incremental];
      file.applyEdits([edit]);
      const findings = file.lint()!.findings.map(describeFinding);
      // The statement is not parsed on its own: its chunk is read from the slice's tree, which the lint then uses.
      assert.strictEqual(parses - parsesBefore, 1, `keystroke ${typed} (${JSON.stringify(key)}): parses`);
      assert.strictEqual(incremental - incrementalBefore, 1, `keystroke ${typed} (${JSON.stringify(key)}): parses from an earlier tree`);
      assert.deepStrictEqual(findings, new IncrementalFile(parser, text).lint()!.findings.map(describeFinding), `after ${JSON.stringify(text.split('\n')[line])}`);
      assert.deepStrictEqual(file.describeSlices(), new IncrementalFile(parser, text).describeSlices(), `slices after ${JSON.stringify(text.split('\n')[line])}`);
    }
  });

  it("reads impossible ranges as a document's tree does: ends before starts, negative and past-the-end positions", async () => {
    const parser = await testParser();
    const text = trainingModule(60);
    const file = new IncrementalFile(parser, text);
    const reference = SourceDocument.parse(parser, text);
    const edits = [
      { range: { start: { line: 9, character: 4 }, end: { line: 3, character: 0 } }, text: 'x = 1\n' },
      { range: { start: { line: -3, character: -1 }, end: { line: -1, character: 0 } }, text: '# top\n' },
      { range: { start: { line: 999, character: 3 }, end: { line: 1999, character: 0 } }, text: '\nz = 2\n' },
      { range: { start: { line: 5, character: 999 }, end: { line: 5, character: 1000 } }, text: ' ' },
    ];
    for (const edit of edits) {
      file.applyEdits([edit]);
      reference.applyChanges([edit]);
      assert.strictEqual(file.text, reference.text, JSON.stringify(edit));
    }
    reference.dispose();
  });

  it('gives a statement deleted down to its line break the chunks a fresh parse gives, at the start and further on', async () => {
    const parser = await testParser();
    const original = 'import torch\nx = torch.ones(2)\ny = x * 2\nz = 3\n';
    for (const line of [0, 2]) {
      const file = new IncrementalFile(parser, original);
      // The line selected without its line break, and deleted: the blank line left joins a neighbouring chunk.
      file.applyEdits([{ range: { start: { line, character: 0 }, end: { line, character: original.split('\n')[line].length } }, text: '' }]);
      assert.deepStrictEqual(file.describeSlices(), new IncrementalFile(parser, file.text).describeSlices(), `line ${line} deleted`);
    }
  });

  it('ends, once the code is whole again, with the chunks a fresh parse gives', async () => {
    const parser = await testParser();
    const original = trainingModule(200);
    const file = new IncrementalFile(parser, original);
    const lines = original.split('\n');
    const line = lines.findIndex(l => l.startsWith('def '));
    // Open a bracket (the rest of the function is broken), then close it.
    file.applyEdits([{ range: { start: { line, character: 4 }, end: { line, character: 4 } }, text: '(' }]);
    file.applyEdits([{ range: { start: { line, character: 4 }, end: { line, character: 5 } }, text: '' }]);
    assert.strictEqual(file.text, original);
    assert.deepStrictEqual(file.describeSlices(), new IncrementalFile(parser, original).describeSlices());
  });
});
