import * as assert from 'assert';
import { lint } from '../../server/src/rules/lint';
import { programOf, python } from '../helpers/parser';

async function ls004(...texts: string[]) {
  return lint(await programOf(...texts)).findings.filter(finding => finding.code === 'LS004');
}

describe('LS004 label-smoothing-out-of-range', () => {
  it('flags ε > 1 in nn.CrossEntropyLoss as an error that names the value and the range', async () => {
    const [finding, ...rest] = await ls004(python`
      import torch.nn as nn
      criterion = nn.CrossEntropyLoss(label_smoothing=1.5)
    `);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(finding.severity, 'error');
    assert.strictEqual(finding.rule, 'label-smoothing-out-of-range');
    assert.match(finding.message, /^label_smoothing=1\.5 is outside \[0, 1\]: PyTorch raises/);
    assert.deepStrictEqual(finding.range, { start: { line: 1, character: 48 }, end: { line: 1, character: 51 } });
  });

  it('flags ε < 0 in F.cross_entropy, saying PyTorch silently ignores it', async () => {
    const [finding] = await ls004(python`
      import torch.nn.functional as F
      loss = F.cross_entropy(logits, labels, label_smoothing=-0.1)
    `);
    assert.strictEqual(finding.severity, 'error');
    assert.match(finding.message, /^label_smoothing=-0\.1 is outside \[0, 1\]: PyTorch silently ignores/);
  });

  it('accepts the whole closed range [0, 1]', async () => {
    assert.deepStrictEqual(await ls004(python`
      import torch.nn as nn
      a = nn.CrossEntropyLoss(label_smoothing=0)
      b = nn.CrossEntropyLoss(label_smoothing=0.1)
      c = nn.CrossEntropyLoss(label_smoothing=1.0)
      d = nn.CrossEntropyLoss(label_smoothing=1)
    `), []);
  });

  it('recognises every import spelling and the positional argument', async () => {
    const findings = await ls004(python`
      import torch
      from torch import nn
      from torch.nn import CrossEntropyLoss
      from torch.nn import functional as fn
      from torch.nn.functional import cross_entropy
      a = torch.nn.CrossEntropyLoss(label_smoothing=2)
      b = nn.CrossEntropyLoss(None, None, -100, None, 'mean', 2.0)
      c = CrossEntropyLoss(label_smoothing=3)
      d = fn.cross_entropy(x, y, label_smoothing=4)
      e = cross_entropy(x, y, None, None, -100, None, 'mean', 5)
      f = torch.nn.modules.loss.CrossEntropyLoss(label_smoothing=6)
    `);
    assert.deepStrictEqual(findings.map(f => f.range.start.line), [5, 6, 7, 8, 9, 10]);
  });

  it('follows module-level constants and arithmetic, and shows what they equal', async () => {
    const [finding] = await ls004(python`
      import torch.nn as nn
      EPS = 0.5
      SCALE = 3
      criterion = nn.CrossEntropyLoss(label_smoothing=EPS * SCALE)
    `);
    assert.match(finding.message, /^label_smoothing=EPS \* SCALE \(= 1\.5\) is outside \[0, 1\]/);
  });

  it('sees constants and imports across notebook cells, reporting in the right cell', async () => {
    const findings = await ls004('import torch.nn as nn\nEPS = 1.2\n', 'x = 1\n', 'criterion = nn.CrossEntropyLoss(label_smoothing=EPS)\n');
    assert.deepStrictEqual(findings.map(f => f.source), [2]);
  });

  it('does not guess: a parameter, a reassigned name or an unknown call is not a constant', async () => {
    assert.deepStrictEqual(await ls004(python`
      import torch.nn as nn
      EPS = 1.5
      def make(EPS=0.1):
          return nn.CrossEntropyLoss(label_smoothing=EPS)
      RATE = 0.1
      RATE = 2.0
      a = nn.CrossEntropyLoss(label_smoothing=RATE)
      b = nn.CrossEntropyLoss(label_smoothing=schedule(2))
      c = nn.CrossEntropyLoss(**config)
    `), []);
  });

  it('ignores other functions with a label_smoothing argument, and a user-defined F', async () => {
    assert.deepStrictEqual(await ls004(python`
      import mylib as F
      a = F.cross_entropy(x, y, label_smoothing=2.0)
      b = make_loss(label_smoothing=2.0)
      c = torch.nn.BCELoss(label_smoothing=2.0)
    `), []);
  });

  it('reports nothing, and does not throw, on broken Python', async () => {
    assert.deepStrictEqual(await ls004('criterion = nn.CrossEntropyLoss(label_smoothing=\n def (:'), []);
    assert.deepStrictEqual(await ls004(''), []);
  });
});
