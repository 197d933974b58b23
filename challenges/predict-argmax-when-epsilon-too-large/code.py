import torch

K, eps = 4, 0.8
labels = torch.tensor([0, 2, 3])

targets = torch.full((labels.size(0), K), eps / (K - 1))
targets.scatter_(1, labels.unsqueeze(1), 1 - eps)
print(targets.argmax(dim=1))
