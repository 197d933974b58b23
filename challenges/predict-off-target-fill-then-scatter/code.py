import torch

K, eps = 5, 0.2
labels = torch.tensor([4, 1])

targets = torch.empty(labels.size(0), K)
targets.fill_(eps / (K - 1))
targets.scatter_(1, labels.unsqueeze(1), 1 - eps)
print(targets)
