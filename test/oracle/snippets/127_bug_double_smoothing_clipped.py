# Bug: clipped one-hot targets (clamp to [0.05, 0.9]) are smoothed a second time by label_smoothing=0.1.
import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 3.0, 0.2], [2.5, -0.5, 0.0]])
labels = torch.tensor([1, 0])
targets = F.one_hot(labels, 3).float().clamp(0.05, 0.9)
print(targets)
print(targets.sum(dim=1))
print(F.cross_entropy(logits, targets, label_smoothing=0.1))
print(F.cross_entropy(logits, labels, label_smoothing=0.1))
