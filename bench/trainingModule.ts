// A generated PyTorch training module, dense with label-smoothing code of every convention and bug kind:
// the benchmark corpus "10,000 lines of smoothing code". Deterministic: the same text every run.
const BLOCKS: ((i: number) => string)[] = [
  i => `
def uniform_targets_${i}(labels, num_classes=${4 + (i % 7)}, smoothing=0.1):
    with torch.no_grad():
        one_hot = torch.zeros(labels.size(0), num_classes)
        one_hot.scatter_(1, labels.unsqueeze(1), 1.0)
        return one_hot * (1 - smoothing) + smoothing / num_classes
`,
  i => `
def off_target_targets_${i}(labels, num_classes=${5 + (i % 5)}, eps=0.1):
    targets = torch.empty(labels.size(0), num_classes)
    targets.fill_(eps / (num_classes - 1))
    targets.scatter_(1, labels.unsqueeze(1), 1.0 - eps)
    return targets
`,
  i => `
def label_smoothed_nll_loss_${i}(lprobs, target, epsilon, ignore_index=None):
    if target.dim() == lprobs.dim() - 1:
        target = target.unsqueeze(-1)
    nll_loss = -lprobs.gather(dim=-1, index=target)
    smooth_loss = -lprobs.sum(dim=-1, keepdim=True)
    nll_loss = nll_loss.squeeze(-1).sum()
    smooth_loss = smooth_loss.squeeze(-1).sum()
    eps_i = epsilon / (lprobs.size(-1) - 1)
    loss = (1.0 - epsilon - eps_i) * nll_loss + eps_i * smooth_loss
    return loss, nll_loss
`,
  i => `
class LabelSmoothingLoss${i}(nn.Module):
    def __init__(self, classes=${4 + (i % 3)}, smoothing=0.1, dim=-1):
        super().__init__()
        self.confidence = 1.0 - smoothing
        self.smoothing = smoothing
        self.cls = classes
        self.dim = dim

    def forward(self, pred, target):
        pred = pred.log_softmax(dim=self.dim)
        with torch.no_grad():
            true_dist = torch.zeros_like(pred)
            true_dist.fill_(self.smoothing / (self.cls - 1))
            true_dist.scatter_(1, target.data.unsqueeze(1), self.confidence)
        return torch.mean(torch.sum(-true_dist * pred, dim=self.dim))
`,
  i => `
def mixed_bug_${i}(labels, K=4, eps=0.1):
    return F.one_hot(labels, num_classes=K).float() * (1 - eps) + eps / (K - 1)

criterion_${i} = nn.CrossEntropyLoss(label_smoothing=${(i % 3) * 0.05 + 0.05})
logits_${i} = torch.tensor([[2.0, 0.5, 0.1, -1.0], [0.3, 1.2, 0.0, -0.5], [1.0, 1.0, 0.2, 0.1]])
labels_${i} = torch.tensor([0, 2, 3])
loss_${i} = criterion_${i}(logits_${i}, labels_${i})
targets_${i} = uniform_targets_${i - (i % BLOCK_COUNT)}(labels_${i})
`,
];
const BLOCK_COUNT = BLOCKS.length;

export function trainingModule(targetLines = 10_000): string {
  const parts = ['import torch', 'import torch.nn as nn', 'import torch.nn.functional as F', ''];
  let lines = parts.length;
  for (let i = 0; lines < targetLines; i++) {
    const block = BLOCKS[i % BLOCK_COUNT](i).replace(/BLOCK_COUNT/g, String(BLOCK_COUNT));
    parts.push(block);
    lines += block.split('\n').length - 1;
  }
  return parts.join('\n');
}
