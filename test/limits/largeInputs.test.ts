// Inputs too large to analyse, through the command line: each ends within a fixed time and memory with
// "not analysed: reason" on stderr (exit 2), never a hang or an out-of-memory. The limits are the core's own
// (server/src/analysis/analysisLimits.ts), which the language server uses too.
import * as assert from 'assert';
import * as path from 'path';
import { MAX_NOTEBOOK_CELLS, MAX_PROGRAM_CHARACTERS } from '../../server/src/analysis/analysisLimits';
import { runCli, scratchFiles } from './runMeasured';

// Bounds about 10× what was measured here (see the report in each test), for a slow, busy 2-core machine.
const TIME_BOUND_MS = 20_000;
const MEMORY_BOUND_MB = 1_500;

function notebook(cells: number): string {
  const cell = { cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: ['x = 1\n'] };
  return JSON.stringify({ cells: Array.from({ length: cells }, () => cell), metadata: { language_info: { name: 'python' } }, nbformat: 4, nbformat_minor: 5 });
}

describe('inputs too large to analyse (command line)', function () {
  this.timeout(4 * TIME_BOUND_MS);

  it('a 50 MB file: not analysed, with the reason, without reading it', () => {
    const directory = scratchFiles({ 'big.py': 'import torch\n' + 'x = torch.zeros(3)  # padding to make the file large\n'.repeat(1_000_000) });
    for (const command of ['check', 'preview']) {
      const run = runCli([command, path.join(directory, 'big.py')], 2 * TIME_BOUND_MS);
      assert.strictEqual(run.code, 2, run.stderr);
      assert.match(run.stderr, /big\.py: not analysed: the file has 5\d,\d{3},\d{3} bytes, over the limit of 1,000,000 characters/);
      // Measured: 0.26 s and 61 MB (the file is never read).
      assert.ok(run.milliseconds < TIME_BOUND_MS, `${command} took ${run.milliseconds} ms`);
      assert.ok(run.peakMegabytes < MEMORY_BOUND_MB, `${command} peaked at ${run.peakMegabytes} MB`);
    }
  });

  it('10,000 levels of indented blocks (a 50 MB file, however indented): not analysed, with the reason', () => {
    const levels = Array.from({ length: 10_000 }, (_, depth) => `${' '.repeat(depth)}if x:\n`).join('');
    const directory = scratchFiles({ 'deep.py': `x = 1\n${levels}${' '.repeat(10_000)}pass\n` });
    const run = runCli(['check', path.join(directory, 'deep.py')], 2 * TIME_BOUND_MS);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /deep\.py: not analysed: the file has 50,\d{3},\d{3} bytes/);
    assert.ok(run.milliseconds < TIME_BOUND_MS && run.peakMegabytes < MEMORY_BOUND_MB, `${run.milliseconds} ms, ${run.peakMegabytes} MB`);
  });

  it('a file just under the limit is analysed, and one just over it is not', () => {
    const line = 'x = 1\n';
    const under = line.repeat(Math.floor(MAX_PROGRAM_CHARACTERS / line.length));
    const directory = scratchFiles({ 'under.py': under, 'over.py': under + line });
    const run = runCli(['check', path.join(directory, 'under.py'), path.join(directory, 'over.py')], 2 * TIME_BOUND_MS);
    assert.strictEqual(run.code, 2);
    assert.match(run.stdout, /No problems found in 2 files/);
    assert.doesNotMatch(run.stderr, /under\.py/);
    assert.match(run.stderr, /over\.py: not analysed: the file has 1,000,002 characters, over the limit of 1,000,000/);
    assert.ok(run.milliseconds < TIME_BOUND_MS && run.peakMegabytes < MEMORY_BOUND_MB, `${run.milliseconds} ms, ${run.peakMegabytes} MB`);
  });

  it('a 100,000-cell notebook: not analysed, with the reason', () => {
    const directory = scratchFiles({ 'many.ipynb': notebook(100_000) });
    for (const command of ['check', 'preview']) {
      const run = runCli([command, path.join(directory, 'many.ipynb')], 2 * TIME_BOUND_MS);
      assert.strictEqual(run.code, 2);
      assert.match(run.stderr, new RegExp(`many\\.ipynb: not analysed: the notebook has 100,000 code cells, over the limit of ${MAX_NOTEBOOK_CELLS.toLocaleString('en-US')}`));
      // Measured: 0.6 s and 107 MB.
      assert.ok(run.milliseconds < TIME_BOUND_MS && run.peakMegabytes < MEMORY_BOUND_MB, `${run.milliseconds} ms, ${run.peakMegabytes} MB`);
    }
  });

  it('60,000 statements that all write one name (one slice) are checked within the bounds', () => {
    // Measured: 3.4 s. When each write copied the list of the name's writers, 40,000 took 20 s and 200,000 8.6 min.
    const directory = scratchFiles({ 'writes.py': `import torch\n${'x = 1\n'.repeat(60_000)}` });
    const run = runCli(['check', path.join(directory, 'writes.py')], 2 * TIME_BOUND_MS);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stdout, /No problems found in 1 file/);
    assert.ok(run.milliseconds < TIME_BOUND_MS && run.peakMegabytes < MEMORY_BOUND_MB, `${run.milliseconds} ms, ${run.peakMegabytes} MB`);
  });

  it('targets over a 150,000-token vocabulary are judged within the bounds, without a rule failing', () => {
    // The rules read each row's peak once, by a loop: spread into Math.max, a row this wide overflowed the stack
    // (LS001 and LS002 failed), and read per column or per element, 32,000 classes took 80 s.
    const source = [
      'import torch',
      'import torch.nn.functional as F',
      '',
      'V, pad, eps = 150000, 0, 0.1',
      'tokens = torch.tensor([5, 0])',
      'q = torch.full((2, V), eps / (V - 2)).scatter_(1, tokens.unsqueeze(1), 1 - eps)',
      'q[:, pad] = 0',
      'keep = tokens != pad',
      'loss = F.cross_entropy(torch.zeros(2, V)[keep], q[keep])',
      'true_dist = torch.full((2, V), eps / (V - 2)).scatter_(1, tokens.unsqueeze(1), 1 - eps)',
      'true_dist[:, pad] = 0',
      '',
    ].join('\n');
    const directory = scratchFiles({ 'vocabulary.py': source });
    const run = runCli(['check', path.join(directory, 'vocabulary.py')], 2 * TIME_BOUND_MS);
    assert.doesNotMatch(run.stderr, /internal error/);
    // `true_dist`: the padding row keeps its smoothing mass (LS002); `q` leaves it out before the loss.
    assert.match(run.stdout, /vocabulary\.py:11:1: LS002 `true_dist`/);
    assert.doesNotMatch(run.stdout, /`q`/);
    assert.ok(run.milliseconds < TIME_BOUND_MS && run.peakMegabytes < MEMORY_BOUND_MB, `${run.milliseconds} ms, ${run.peakMegabytes} MB`);
  });

  it(`a notebook at the cell limit (${MAX_NOTEBOOK_CELLS.toLocaleString('en-US')} cells) is analysed within the bounds`, () => {
    const directory = scratchFiles({ 'limit.ipynb': notebook(MAX_NOTEBOOK_CELLS) });
    const run = runCli(['check', path.join(directory, 'limit.ipynb')], 2 * TIME_BOUND_MS);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stdout, /No problems found in 1 file/);
    assert.ok(run.milliseconds < TIME_BOUND_MS && run.peakMegabytes < MEMORY_BOUND_MB, `${run.milliseconds} ms, ${run.peakMegabytes} MB`);
  });
});
