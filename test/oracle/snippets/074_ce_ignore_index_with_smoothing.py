# ignore_index with label_smoothing (torch >= 1.12): ignored rows contribute no smoothing term either.
import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0], [1.0, 1.0, 0.0, 0.0]])
labels = torch.tensor([0, -100, 3, 1])
print(F.cross_entropy(logits, labels, label_smoothing=0.1, reduction='none'))
print(F.cross_entropy(logits, labels, label_smoothing=0.1))
print(F.cross_entropy(logits[[0, 2, 3]], labels[[0, 2, 3]], label_smoothing=0.1))
criterion = nn.CrossEntropyLoss(ignore_index=1, label_smoothing=0.2, reduction='sum')
print(criterion(logits, torch.tensor([1, 2, 1, 0])))
