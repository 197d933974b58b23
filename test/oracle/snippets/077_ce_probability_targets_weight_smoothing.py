# Probability targets with weight (mean still divides by N) and with label_smoothing (t' = (1-eps)t + eps/K).
import torch
import torch.nn as nn

logits = torch.tensor([[1.0, 3.0, 0.2], [2.5, -0.5, 0.0]])
targets = torch.tensor([[0.0, 1.0, 0.0], [0.5, 0.5, 0.0]])
weight = torch.tensor([2.0, 1.0, 0.5])
print(nn.CrossEntropyLoss(weight=weight)(logits, targets))
print(nn.CrossEntropyLoss(weight=weight, reduction='sum')(logits, targets) / 2)
print(nn.CrossEntropyLoss(label_smoothing=0.3)(logits, targets))
print(nn.CrossEntropyLoss()(logits, targets * 0.7 + 0.1))
