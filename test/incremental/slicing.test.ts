// How a file is cut into slices decides what an edit re-analyses: code that shares a name stays together, code
// that shares nothing is apart, and imports and constants go wherever they are read.
import * as assert from 'assert';
import { IncrementalFile } from '../../server/src/incremental/incrementalFile';
import { python, testParser } from '../helpers/parser';

/** Each slice as the first lines of its own chunks, so a test reads like the code it slices. */
async function slicesOf(text: string): Promise<string[][]> {
  const file = new IncrementalFile(await testParser(), text);
  return file.describeSlices().map(slice => slice.map(chunk => chunk.split('\n')[0]));
}

describe('slicing a file', () => {
  it('keeps functions that share nothing apart, and each call with the function it calls', async () => {
    assert.deepStrictEqual(await slicesOf(python`
      import torch

      def smooth(labels, k, eps=0.1):
          return torch.full((len(labels), k), eps / k)

      def unrelated(x):
          return x * 2

      targets = smooth(torch.tensor([0, 1]), 4)
    `), [
      ['import torch', 'def smooth(labels, k, eps=0.1):', 'targets = smooth(torch.tensor([0, 1]), 4)'],
      ['import torch', 'def unrelated(x):'],
    ]);
  });

  it('copies a constant into each slice that reads it, without joining its readers', async () => {
    assert.deepStrictEqual(await slicesOf(python`
      EPS = 0.1

      def a():
          return EPS

      def b():
          return EPS * 2
    `), [['EPS = 0.1', 'def a():'], ['EPS = 0.1', 'def b():']]);
  });

  it('copies the first torch import into every slice, and the others only where their names are read', async () => {
    assert.deepStrictEqual(await slicesOf(python`
      import torch
      import torch.nn as nn
      import torch.nn.functional as F

      def log_probs(logits):
          return F.log_softmax(logits, dim=-1)

      def plain(x):
          return x * 2

      criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
    `), [
      ['import torch', 'import torch.nn.functional as F', 'def log_probs(logits):'],
      ['import torch', 'def plain(x):'],
      ['import torch', 'import torch.nn as nn', 'criterion = nn.CrossEntropyLoss(label_smoothing=0.1)'],
    ]);
  });

  it('re-lints only the slices that read an import typed in, and gives the findings a fresh analysis gives', async () => {
    const header = 'import torch\nimport torch.nn.functional as F\n';
    const bodies = Array.from({ length: 6 }, (_, i) => i % 2
      ? `\ndef plain_${i}(labels, K=4, eps=0.1):\n    return torch.zeros(len(labels), K) + eps / (K - 1)\n`
      : `\ndef mixed_${i}(labels, K=4, eps=0.1):\n    return F.one_hot(labels, num_classes=K).float() * (1 - eps) + eps / (K - 1)\n`);
    const parser = await testParser();
    const file = new IncrementalFile(parser, header + bodies.join(''));
    file.lint();
    // The three functions that call F. are analysed again; the three that do not keep their analyses.
    const end = header.split('\n')[1].length;
    file.applyEdits([{ range: { start: { line: 1, character: end }, end: { line: 1, character: end } }, text: '  # activations' }]);
    const edited = file.lint()!.findings;
    assert.strictEqual(file.lastLinted, 3, 'the slices that read F');
    assert.deepStrictEqual(edited.map(f => f.code), ['LS001', 'LS001', 'LS001']);
    assert.deepStrictEqual(edited, new IncrementalFile(parser, file.text).lint()!.findings);
    // Typing in the first torch import reaches every slice: whether each is PyTorch code depends on it.
    file.applyEdits([{ range: { start: { line: 0, character: 12 }, end: { line: 0, character: 12 } }, text: '  # the library' }]);
    assert.deepStrictEqual(file.lint()!.findings, new IncrementalFile(parser, file.text).lint()!.findings);
    assert.strictEqual(file.lastLinted, 6);
  });

  it('puts an import that only another import reads in a slice, so that it is analysed and hovered', async () => {
    const text = 'import numpy as np\nfrom np import y\n';
    assert.deepStrictEqual(await slicesOf(text), [['import numpy as np', 'from np import y']]);
    const file = new IncrementalFile(await testParser(), text);
    assert.deepStrictEqual(file.forEachSliceOnLines(0, 0, inSlice => [inSlice.layout.text]), [text]);
  });

  it('takes a deeply nested constant for an ordinary value instead of overflowing the stack', async () => {
    // 10,000 brackets: no real program, but a file the command line and the editor must still get through.
    const deep = `EPS = ${'('.repeat(10_000)}0.1${')'.repeat(10_000)}\n`;
    const shallow = 'EPS = ((0.1))\n';
    const reader = '\ndef a():\n    return EPS\n\ndef b():\n    return EPS * 2\n';
    assert.deepStrictEqual(await slicesOf(shallow + reader), [['EPS = ((0.1))', 'def a():'], ['EPS = ((0.1))', 'def b():']]);
    assert.deepStrictEqual((await slicesOf(deep + reader)).map(slice => slice.map(line => line.slice(0, 12))), [['EPS = ((((((', 'def a():', 'def b():']]);
  });

  it('joins everything that reads a name some statement rebinds or builds', async () => {
    assert.deepStrictEqual(await slicesOf(python`
      import torch
      targets = torch.zeros(2, 3)
      targets.fill_(0.1)
      other = 1
    `), [['import torch', 'targets = torch.zeros(2, 3)', 'targets.fill_(0.1)'], ['other = 1']]);
  });

  it('keeps a file whole when it reaches names dynamically', async () => {
    assert.strictEqual((await slicesOf(python`
      def a():
          return 1
      globals()['b'] = a
    `)).length, 1);
  });

  it('joins the code that draws random numbers once the generator is seeded', async () => {
    assert.deepStrictEqual(await slicesOf(python`
      import torch
      torch.manual_seed(0)
      x = torch.randn(3)
      y = torch.rand(2)
      z = torch.ones(2)
    `), [
      ['import torch', 'torch.manual_seed(0)', 'x = torch.randn(3)', 'y = torch.rand(2)'],
      ['import torch', 'z = torch.ones(2)'],
    ]);
  });

  it('re-lints only the slice an edit changes, and gives the findings a fresh analysis gives', async () => {
    const text = python`
      import torch
      import torch.nn.functional as F

      def mixed(labels, K=4, eps=0.1):
          return F.one_hot(labels, num_classes=K).float() * (1 - eps) + eps / (K - 1)

      def fine(labels, K=4, eps=0.1):
          return F.one_hot(labels, num_classes=K).float() * (1 - eps) + eps / K
    `;
    const parser = await testParser();
    const file = new IncrementalFile(parser, text);
    assert.deepStrictEqual(file.lint()!.findings.map(f => f.code), ['LS001']);
    assert.strictEqual(file.lastLinted, 2, 'the first analysis lints both functions');
    // Break the second function the way the first is broken.
    const line = text.split('\n').findIndex(l => l.includes('eps / K\n') || l.endsWith('eps / K'));
    const character = text.split('\n')[line].length;
    file.applyEdits([{ range: { start: { line, character: character - 1 }, end: { line, character } }, text: '(K - 1)' }]);
    const after = file.lint()!.findings;
    assert.strictEqual(file.lastLinted, 1, 'the edit re-lints one slice');
    assert.deepStrictEqual(after.map(f => `${f.range.start.line} ${f.code}`), ['3 LS001', '6 LS001']);
    assert.deepStrictEqual(after, new IncrementalFile(parser, file.text).lint()!.findings);
  });
});

describe('a slice of many functions', () => {
  it('checks every one: 60 functions that share a mutable global are one slice, and each bug is reported', async () => {
    const text = 'import torch\nimport torch.nn.functional as F\n\nCALLS = []\n\n' + Array.from({ length: 60 }, (_, i) =>
      `def smooth_${i}(labels, K=4, eps=0.1):\n    CALLS.append(${i})\n    return F.one_hot(labels, num_classes=K).float() * (1 - eps) + eps / (K - 1)\n\n`).join('\n');
    const file = new IncrementalFile(await testParser(), text);
    assert.strictEqual(file.describeSlices().length, 1, 'one slice');
    const flagged = file.lint()!.findings.filter(f => f.code === 'LS001').map(f => /`(smooth_\d+)`/.exec(f.message)?.[1]);
    assert.deepStrictEqual(flagged, Array.from({ length: 60 }, (_, i) => `smooth_${i}`));
  });
});

describe('a slice of more functions than one evaluation calls', () => {
  it('checks every one: 420 functions that share a mutable global, past the 400 example calls of an evaluation', async function () {
    this.timeout(60_000);
    const count = 420;
    const text = 'import torch\nimport torch.nn.functional as F\n\nCALLS = []\n\n' + Array.from({ length: count }, (_, i) =>
      `def smooth_${i}(labels, K=4, eps=0.1):\n    CALLS.append(${i})\n    return F.one_hot(labels, num_classes=K).float() * (1 - eps) + eps / (K - 1)\n\n`).join('\n');
    const file = new IncrementalFile(await testParser(), text);
    assert.strictEqual(file.describeSlices().length, 1, 'one slice');
    // The clock stands still, so the evaluation stops at its 400th example call on any machine, never earlier.
    const realNow = Date.now;
    const frozen = realNow();
    Date.now = () => frozen;
    let result;
    try {
      result = file.lint()!;
    } finally {
      Date.now = realNow;
    }
    const flagged = new Set(result.findings.filter(f => f.code === 'LS001').map(f => /`(smooth_\d+)`/.exec(f.message)?.[1]));
    const missed = Array.from({ length: count }, (_, i) => `smooth_${i}`).filter(name => !flagged.has(name));
    assert.deepStrictEqual(missed, []);
  });
});

describe('a slice whose evaluation the wall clock cut short', () => {
  it('is analysed again at the next lint, instead of keeping the findings a busy moment left out', async () => {
    const text = python`
      import torch.nn.functional as F

      def mixed(labels, K=4, eps=0.1):
          return F.one_hot(labels, num_classes=K).float() * (1 - eps) + eps / (K - 1)
    `;
    const file = new IncrementalFile(await testParser(), text + '# a slice text no other test lints\n');
    const realNow = Date.now;
    let skew = 0;
    // Every look at the clock finds a second gone: each evaluation's budget runs out at once.
    Date.now = () => realNow() + (skew += 1000);
    let hurried;
    try {
      hurried = file.lint()!;
    } finally {
      Date.now = realNow;
    }
    assert.deepStrictEqual(hurried.findings.map(f => f.code), [], 'the evaluation found nothing in time');
    assert.strictEqual(file.provisional, true);
    assert.deepStrictEqual(file.lint()!.findings.map(f => f.code), ['LS001']);
    assert.strictEqual(file.provisional, false);
  });
});
