# Bug: label_smoothing < 0 is silently ignored: the loss equals the unsmoothed one.
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0], [0.3, 1.2, 0.0]])
labels = torch.tensor([0, 2])
print(F.cross_entropy(logits, labels, label_smoothing=-0.1))
print(F.cross_entropy(logits, labels))
print(F.cross_entropy(logits, labels, label_smoothing=0.1))
