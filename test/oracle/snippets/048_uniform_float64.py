# Uniform targets and CE in float64: dtypes propagate and print as dtype=torch.float64.
import torch
import torch.nn.functional as F

logits = torch.tensor([[0.5, 1.5, -0.5], [2.0, 0.0, 1.0]], dtype=torch.float64)
labels = torch.tensor([1, 0])
targets = F.one_hot(labels, 3).to(torch.float64) * 0.9 + 0.1 / 3
print(targets)
print(F.cross_entropy(logits, targets))
print(F.cross_entropy(logits, labels, label_smoothing=0.1))
print(F.cross_entropy(logits, labels, label_smoothing=0.1).dtype)
