# lerp_ toward the uniform distribution is uniform-mix smoothing: (1-eps)*one_hot + eps*(1/K).
import torch
import torch.nn.functional as F

K, eps = 4, 0.1
labels = torch.tensor([0, 2, 3])
targets = F.one_hot(labels, K).float()
uniform = torch.full_like(targets, 1.0 / K)
targets.lerp_(uniform, eps)
print(targets)
print(targets.sum(dim=1))
print(torch.ones(2).lerp_(torch.zeros(2), 0.25))
