# F.cross_entropy(label_smoothing=0.2) per row ('none'), summed and averaged.
import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 3.0, 0.2], [2.5, -0.5, 0.0], [0.1, 0.1, 0.4], [-1.0, 2.0, 1.5]])
labels = torch.tensor([1, 0, 2, 2])
per_row = F.cross_entropy(logits, labels, label_smoothing=0.2, reduction='none')
print(per_row)
print(F.cross_entropy(logits, labels, label_smoothing=0.2, reduction='sum'))
print(F.cross_entropy(logits, labels, reduction='mean', label_smoothing=0.2))
print(per_row.mean())
