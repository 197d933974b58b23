# weight + ignore_index + label_smoothing together, 'mean' and 'none' (crashed in 1.10, #69339).
import torch
import torch.nn as nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.3, 1.2, 0.0], [-0.2, 0.4, 2.2], [1.0, 1.0, 0.0]])
labels = torch.tensor([0, 2, -100, 1])
weight = torch.tensor([0.2, 1.0, 3.0])
criterion = nn.CrossEntropyLoss(weight=weight, ignore_index=-100, label_smoothing=0.3)
print(criterion(logits, labels))
criterion = nn.CrossEntropyLoss(weight=weight, label_smoothing=0.3, reduction='none')
print(criterion(logits, labels))
