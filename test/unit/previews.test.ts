import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { previewAt } from '../../server/src/previews/previewAt';
import { evaluationOf, existingEvaluationOf } from '../../server/src/evaluator/evaluationOf';
import { targetsHints } from '../../server/src/previews/inlayHints';
import { programOf, python, repositoryRoot } from '../helpers/parser';
import { trainingModule } from '../../bench/trainingModule';

// What PyTorch prints for the seed's "Predict Output" snippet (shared/LABEL-SMOOTHING.md, checked with real PyTorch).
const SEED_PRINTED = 'tensor([[0.9250, 0.0250, 0.0250, 0.0250],\n        [0.0250, 0.0250, 0.9250, 0.0250],\n        [0.0250, 0.0250, 0.0250, 0.9250]])';

async function hover(text: string, marker: string, offsetInMarker = 1) {
  const program = await programOf(text);
  return previewAt(program, 0, text.indexOf(marker) + offsetInMarker)?.markdown;
}

const example = (name: string) => fs.readFileSync(path.join(repositoryRoot, 'examples', name), 'utf8');

describe('hover previews of the tensors code computes', () => {
  it('shows the seed snippet\'s targets exactly as PyTorch prints them, with row sums and the convention', async () => {
    const markdown = await hover(example('seed_smooth_labels.py'), 'smoothed = ');
    assert.ok(markdown);
    assert.ok(markdown.includes('```python\n' + SEED_PRINTED + '\n```'), markdown);
    assert.match(markdown, /\| \*\*1\*\* \| 0\.0250 \| 0\.0250 \| 0\.9250 \| 0\.0250 \| 1\.0000 \|/);
    assert.match(markdown, /\*\*Convention:\*\* uniform ε\/K, ε = 0\.1: the same as `CrossEntropyLoss\(label_smoothing=0\.1\)`/);
    assert.match(markdown, /Computed from the values in the code\./);
  });

  it('previews the seed\'s "Debug" snippet without an error, as PyTorch runs it', async () => {
    const markdown = await hover(example('seed_label_smooth.py'), 'def label_smooth', 5);
    assert.ok(markdown);
    assert.doesNotMatch(markdown, /raises/);
    assert.match(markdown, /shape \(3, 5\)/);
    assert.match(markdown, /uniform ε\/K, ε = 0\.1/);
  });

  it('calls a function the code never calls with documented example inputs, and says so', async () => {
    const markdown = await hover(python`
      import torch
      def smooth(labels, num_classes=5, eps=0.2):
          off = eps / (num_classes - 1)
          targets = torch.full((labels.size(0), num_classes), off)
          targets.scatter_(1, labels.unsqueeze(1), 1.0 - eps)
          return targets
    `, 'def smooth', 5);
    assert.ok(markdown);
    assert.match(markdown, /\*\*Example inputs:\*\* labels = tensor\(\[0, 1, 2\]\)\./);
    assert.match(markdown, /off-target ε\/\(K−1\), ε = 0\.2: the same as `CrossEntropyLoss\(label_smoothing=0\.25\)`/);
  });

  it('smooths the examples with ε = 0.1 when the default ε is 0, and a forward() gets the K its __init__ was given', async () => {
    const markdown = await hover(python`
      import torch
      import torch.nn as nn
      class Smoothing(nn.Module):
          def __init__(self, num_classes=3, smoothing=0.0):
              super().__init__()
              self.num_classes = num_classes
              self.smoothing = smoothing
          def forward(self, x, target):
              true_dist = torch.full_like(x, self.smoothing / (self.num_classes - 1))
              true_dist.scatter_(1, target.unsqueeze(1), 1 - self.smoothing)
              return true_dist
    `, 'def forward', 5);
    assert.ok(markdown);
    assert.match(markdown, /\*\*Example inputs:\*\* Smoothing\(smoothing = 0\.1 \(its default 0 smooths nothing\)\); x = 3×3 logits/);
    assert.match(markdown, /off-target ε\/\(K−1\), ε = 0\.1/);
  });

  it('gives log-probabilities to a parameter the code passes straight to the KLDivLoss its __init__ built', async () => {
    // The first module there: the Transformer label-smoothing module's form, padding column and rows zeroed.
    const module = fs.readFileSync(path.join(repositoryRoot, 'test', 'fixtures', 'rules', 'padding-gets-smoothing-mass', 'loss_module_masked_correctly.py'), 'utf8');
    const markdown = await hover(module, 'def forward', 5);
    assert.ok(markdown);
    assert.match(markdown, /x = log_softmax of 3×4 logits/);
    assert.match(markdown, /\*\*Targets this loss implies\*\*/);
    assert.match(markdown, /padding excluded ε\/\(K−2\), ε = 0\.1/);
  });

  it('makes example logits for a distillation loss\'s student_logits and teacher_logits', async () => {
    const markdown = await hover(python`
      import torch.nn.functional as F
      def distill(student_logits, teacher_logits, T=2.0):
          p = F.log_softmax(student_logits / T, dim=-1)
          q = F.softmax(teacher_logits / T, dim=-1)
          return F.kl_div(p, q, reduction='batchmean') * T * T
    `, 'def distill', 5);
    assert.ok(markdown);
    assert.match(markdown, /student_logits = 3×4 logits, 2\.0 on each row's label/);
    assert.match(markdown, /teacher_logits = 3×4 logits/);
  });

  it('recovers the targets a loss written over log-probabilities implies (fairseq\'s form)', async () => {
    const markdown = await hover(python`
      def label_smoothed_nll_loss(lprobs, target, epsilon):
          target = target.unsqueeze(-1)
          nll_loss = -lprobs.gather(dim=-1, index=target).squeeze(-1)
          smooth_loss = -lprobs.sum(dim=-1)
          eps_i = epsilon / (lprobs.size(-1) - 1)
          loss = (1.0 - epsilon - eps_i) * nll_loss.sum() + eps_i * smooth_loss.sum()
          return loss, nll_loss
    `, 'def label_smoothed_nll_loss', 5);
    assert.ok(markdown);
    assert.match(markdown, /\*\*Targets this loss implies\*\*/);
    assert.match(markdown, /off-target ε\/\(K−1\), ε = 0\.1/);
  });

  it('says which error PyTorch would raise for the example inputs', async () => {
    const markdown = await hover(python`
      import torch.nn.functional as F
      def smooth(labels, num_classes=4, eps=0.1):
          return F.one_hot(labels, num_classes).mul_(1 - eps) + eps / num_classes
    `, 'def smooth', 5);
    assert.match(markdown!, /raises `RuntimeError: result type Float can't be cast to the desired output type Long`/);
  });

  it('stops within its budget on endless loops and huge tensors, and says why', async () => {
    const started = Date.now();
    const loop = await hover('import torch\nx = torch.zeros(3)\nwhile True:\n    x = x + 1\ny = x\n', 'y = x', 0);
    const huge = await hover('import torch\nbig = torch.zeros(10**12)\n', 'big', 0);
    assert.ok(Date.now() - started < 3000, 'both evaluations finish promptly');
    assert.match(loop ?? '', /Not previewed: it is set in a loop|Not previewed: .*steps|longer than/);
    assert.match(huge ?? 'no hover', /Not previewed: .*over the preview limit/);
  });

  it('says a list or dict method it does not model is not previewed, instead of claiming an AttributeError', async () => {
    // The dict is unknown after the call: its contents may have changed.
    const popped = await hover("import torch\nd = {'a': 1, 'b': 2}\nd.popitem()\nt = torch.tensor(list(d.values()))\n", 't = torch', 0);
    assert.match(popped ?? 'no hover', /Not previewed: `dict\.popitem` is not modelled/);
    const fn = await hover('import torch\ndef f(counts):\n    counts.popitem()\n    return torch.tensor([1.0])\n', 'def f', 4);
    assert.doesNotMatch(fn ?? '', /AttributeError/);
    // A method lists do not have is still the AttributeError Python raises.
    const misspelt = evaluationOf(await programOf('xs = [2, 0]\nxs.sorted()\n'));
    assert.deepStrictEqual([misspelt.error?.type, misspelt.error?.message], ['AttributeError', "'list' object has no attribute 'sorted'"]);
  });

  it('shows nothing on a class name, without evaluating the code for it (a method name shows what it returns)', async () => {
    const text = 'import torch\nimport torch.nn as nn\n\nclass Smoother(nn.Module):\n    def forward(self, x):\n        return x * 0.9 + 0.025\n\nwhile True:\n    pass\n';
    const program = await programOf(text);
    assert.strictEqual(previewAt(program, 0, text.indexOf('Smoother')), undefined);
    assert.strictEqual(existingEvaluationOf(program), undefined, 'the class name alone started an evaluation');
    assert.ok(previewAt(program, 0, text.indexOf('forward')), 'the method name has a preview');
  });

  it('says a number method it does not model is not previewed, and raises AttributeError only for one Python lacks', async () => {
    const hexed = await hover('import torch\neps = 0.1\nname = eps.hex()\nt = torch.tensor([len(name)])\n', 't = torch', 0);
    assert.match(hexed ?? 'no hover', /Not previewed: `float\.hex` is not modelled/);
    // int.is_integer came with Python 3.12; PyTorch's Python here is 3.11.
    const missing = evaluationOf(await programOf('k = 4\nk.is_integer()\n'));
    assert.deepStrictEqual([missing.error?.type, missing.error?.message], ['AttributeError', "'int' object has no attribute 'is_integer'"]);
  });

  it('stops endless recursion at its depth limit and says so', async () => {
    const markdown = await hover('import torch\ndef grow(t):\n    return grow(t + 1)\nr = grow(torch.zeros(2))\n', 'r = grow', 0);
    assert.match(markdown ?? 'no hover', /Not previewed: calls nest deeper than 64 levels \(recursion\?\)/);
  });
});

describe('previews in a file too large to evaluate whole', () => {
  it('evaluate the hovered function on its own when the budget ran out before it', async function () {
    this.timeout(20000);
    const text = trainingModule(11_000);
    const program = await programOf(text);
    const lastDefinition = text.lastIndexOf('def off_target_targets_');
    const preview = previewAt(program, 0, text.indexOf('return targets', lastDefinition) + 8)?.markdown;
    assert.match(preview ?? 'no hover', /off-target ε\/\(K−1\), ε = 0\.1/);
    const returns = previewAt(program, 0, lastDefinition + 5)?.markdown;
    assert.match(returns ?? 'no hover', /returns`\*\* · float32 · shape \(3, \d\)/);
    assert.match(returns!, /off-target ε\/\(K−1\), ε = 0\.1/);
  });

  it('evaluate a function on its own when the example calls ran out before it (more functions than calls)', async () => {
    // The whole evaluation calls at most 400 functions with example inputs and then finishes without a
    // stop; a function after those must still be previewed (this once failed only when the clock ran out).
    const functions = Array.from({ length: 405 }, (_, i) =>
      `def targets_${i}(labels, num_classes=4, eps=0.1):\n    return F.one_hot(labels, num_classes).float() * (1 - eps) + eps / num_classes\n`);
    const text = `import torch.nn.functional as F\n\n${functions.join('\n')}`;
    const program = await programOf(text);
    const last = text.lastIndexOf('def targets_404');
    const preview = previewAt(program, 0, last + 5)?.markdown;
    assert.match(preview ?? 'no hover', /uniform ε\/K, ε = 0\.1/);
  });
});

describe('inlay hints after smoothed targets', () => {
  it('show the first row and its sum after the assignment, with the full preview as tooltip', async () => {
    const text = example('seed_smooth_labels.py');
    const hints = targetsHints(await programOf(text), 0);
    assert.deepStrictEqual(hints.map(h => [h.position.line, h.label]), [[10, '▸ [0.9250, 0.0250, 0.0250, 0.0250] Σ 1.0000']]);
    assert.ok(hints[0].tooltip.includes(SEED_PRINTED));
  });

  it('are not shown for tensors that are not smoothed targets', async () => {
    const hints = targetsHints(await programOf('import torch\nx = torch.zeros(2, 3)\ny = torch.eye(3)\nz = torch.arange(6).view(2, 3)\n'), 0);
    assert.deepStrictEqual(hints, []);
  });
});
