# Class weights: per-row losses are scaled by w[y] and 'mean' divides by the sum of w[y].
import torch
import torch.nn as nn

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
labels = torch.tensor([0, 2, 3])
weight = torch.tensor([1.0, 2.0, 0.5, 3.0])
print(nn.CrossEntropyLoss(weight=weight, reduction='none')(logits, labels))
print(nn.CrossEntropyLoss(weight=weight, reduction='sum')(logits, labels))
mean = nn.CrossEntropyLoss(weight=weight)(logits, labels)
print(mean)
print(nn.CrossEntropyLoss(weight=weight, reduction='sum')(logits, labels) / weight[labels].sum())
