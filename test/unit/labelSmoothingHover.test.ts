import * as assert from 'assert';
import { labelSmoothingHover } from '../../server/src/previews/labelSmoothingHover';
import { programOf, python } from '../helpers/parser';

async function hoverOn(marker: string, ...texts: string[]) {
  const source = texts.findIndex(text => text.includes(marker));
  const program = await programOf(...texts);
  return labelSmoothingHover(program, source, texts[source].indexOf(marker) + 2);
}

describe('hover on label_smoothing=ε', () => {
  // The numbers are the seed's, checked with real PyTorch (shared/LABEL-SMOOTHING.md): labels [0, 2, 3],
  // K = 4, ε = 0.1 give rows of 0.9250 on the true class and 0.0250 elsewhere.
  it('shows the implied targets with K as a number when the logits fix it', async () => {
    const preview = await hoverOn('label_smoothing', python`
      import torch
      import torch.nn as nn
      logits = torch.randn(3, 4)
      labels = torch.tensor([0, 2, 3])
      criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
      loss = criterion(logits, labels)
    `);
    assert.ok(preview);
    assert.match(preview.markdown, /1 − ε \+ ε\/K = \*\*0\.925\*\*/);
    assert.match(preview.markdown, /each of the other 3 \| ε\/K = \*\*0\.025\*\*/);
    assert.match(preview.markdown, /K = 4, from `logits = torch\.randn\(3, 4\)` \(line 3\)/);
    assert.strictEqual(preview.node.text, 'label_smoothing=0.1');
  });

  it('shows K symbolically when the code does not fix it', async () => {
    const preview = await hoverOn('label_smoothing', 'import torch.nn.functional as F\nloss = F.cross_entropy(model(x), y, label_smoothing=0.2)\n');
    assert.ok(preview);
    assert.match(preview.markdown, /1 − ε \+ ε\/K = 0\.8 \+ 0\.2\/K/);
    assert.match(preview.markdown, /ε\/K = 0\.2\/K/);
    assert.match(preview.markdown, /does not fix/);
  });

  it('reads K from a tensor literal and from logits defined in another notebook cell', async () => {
    const literal = await hoverOn('label_smoothing',
      'import torch\nimport torch.nn.functional as F\nz = torch.tensor([[1.0, 2.0], [0.5, 0.1]])\nF.cross_entropy(z, t, label_smoothing=0.1)\n');
    assert.match(literal!.markdown, /K = 2/);
    assert.match(literal!.markdown, /1 − ε \+ ε\/K = \*\*0\.95\*\*/);
    const cells = await hoverOn('label_smoothing', 'import torch\nlogits = torch.zeros((8, 10))\n', 'c = torch.nn.CrossEntropyLoss(label_smoothing=0.1)\nc(logits, y)\n');
    assert.match(cells!.markdown, /K = 10, from `logits = torch\.zeros\(\(8, 10\)\)` \(in another cell\)/);
  });

  it('explains what PyTorch does with a value out of range instead of showing targets', async () => {
    const high = await hoverOn('label_smoothing', 'import torch.nn as nn\nc = nn.CrossEntropyLoss(label_smoothing=1.5)\n');
    assert.match(high!.markdown, /PyTorch raises/);
    const low = await hoverOn('label_smoothing', 'import torch.nn as nn\nc = nn.CrossEntropyLoss(label_smoothing=-0.1)\n');
    assert.match(low!.markdown, /stay one-hot/);
  });

  it('returns nothing away from label_smoothing', async () => {
    assert.strictEqual(await hoverOn('criterion', 'import torch.nn as nn\ncriterion = nn.CrossEntropyLoss(label_smoothing=0.1)\n'), undefined);
  });
});
