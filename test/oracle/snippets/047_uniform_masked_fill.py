# Uniform mix with full(eps/K) then masked_fill_ of the one-hot positions with 1-eps+eps/K.
import torch
import torch.nn.functional as F

labels = torch.tensor([1, 3, 0, 2])
K, eps = 4, 0.05
targets = torch.full((labels.size(0), K), eps / K)
targets.masked_fill_(F.one_hot(labels, K).bool(), 1 - eps + eps / K)
print(targets)
print(targets.sum(dim=1))
