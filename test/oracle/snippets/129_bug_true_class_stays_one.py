# Bug: y*(1 - eps/K) + eps/K leaves the true class at exactly 1.0; rows sum to 1 + (K-1)*eps/K.
import torch
import torch.nn.functional as F

K, eps = 4, 0.1
labels = torch.tensor([0, 2, 3])
y = F.one_hot(labels, K).float()
targets = y * (1 - eps / K) + eps / K
print(targets)
print(targets.sum(dim=1))
peak, _ = targets.max(dim=1)
print(peak)
