# Bug: hand-smoothed targets given to CrossEntropyLoss(label_smoothing=eps) are smoothed a second time.
import torch
import torch.nn as nn
import torch.nn.functional as F

K, eps = 4, 0.1
logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
labels = torch.tensor([0, 2, 3])
smoothed = F.one_hot(labels, K).float() * (1 - eps) + eps / K
criterion = nn.CrossEntropyLoss(label_smoothing=eps)
print(criterion(logits, smoothed))
print(nn.CrossEntropyLoss()(logits, smoothed))
twice = smoothed * (1 - eps) + eps / K
print(twice)
print(nn.CrossEntropyLoss()(logits, twice))
