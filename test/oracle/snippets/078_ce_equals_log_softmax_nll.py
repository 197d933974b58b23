# cross_entropy(x, y) == nll_loss(log_softmax(x), y), functional and module forms.
import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
labels = torch.tensor([0, 2, 3])
log_probs = F.log_softmax(logits, dim=1)
print(F.cross_entropy(logits, labels))
print(F.nll_loss(log_probs, labels))
print(nn.NLLLoss()(log_probs, labels))
print(nn.NLLLoss(reduction='none')(log_probs, labels))
print(-log_probs[torch.arange(3), labels].mean())
