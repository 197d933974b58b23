import torch

K, eps = 4, 0.1
labels = torch.tensor([0, 2, 3])

targets = torch.full((labels.size(0), K), eps / K)
targets.scatter_(1, labels, 1 - eps + eps / K)
print(targets)
