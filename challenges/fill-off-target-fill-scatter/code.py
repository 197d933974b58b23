import torch

K, eps = 5, 0.1
labels = torch.tensor([1, 4])

targets = torch.full((labels.size(0), K), ___1___)
targets.scatter_(1, ___2___, 1 - eps)
print(targets)
