# Bug: nll averaged over real tokens but the smoothing term averaged over all rows, ignored ones included.
import torch
import torch.nn.functional as F

eps = 0.1
logits = torch.tensor([[0.5, 2.0, 0.1, -0.3], [0.0, 0.4, 1.8, 0.2], [1.0, 0.0, 0.0, 0.0], [0.2, 0.1, 0.3, 2.5]])
labels = torch.tensor([1, 2, -100, 3])
lprobs = F.log_softmax(logits, dim=-1)
nll = F.nll_loss(lprobs, labels, ignore_index=-100)
smooth = -lprobs.mean(dim=-1).mean()
buggy = (1 - eps) * nll + eps * smooth
print(buggy)
print(F.cross_entropy(logits, labels, label_smoothing=eps))
