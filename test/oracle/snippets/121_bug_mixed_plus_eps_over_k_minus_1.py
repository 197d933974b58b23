# Bug (mixed conventions): (1-eps)*one_hot + eps/(K-1) on every class; rows sum to 1 + eps/(K-1).
import torch
import torch.nn.functional as F

K, eps = 5, 0.2
labels = torch.tensor([4, 1])
targets = (1 - eps) * F.one_hot(labels, K).float() + eps / (K - 1)
print(targets)
print(targets.sum(dim=1))
logits = torch.tensor([[0.1, 0.2, 0.3, 0.4, 2.0], [0.0, 1.0, 0.5, -0.5, 0.0]])
print(F.cross_entropy(logits, targets))
