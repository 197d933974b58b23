# F.cross_entropy and nn.CrossEntropyLoss with class-index targets: 'none', 'sum' and 'mean'.
import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
labels = torch.tensor([0, 2, 3])
print(F.cross_entropy(logits, labels, reduction='none'))
print(F.cross_entropy(logits, labels, reduction='sum'))
print(F.cross_entropy(logits, labels))
criterion = nn.CrossEntropyLoss(reduction='none')
print(criterion(logits, labels))
print(nn.CrossEntropyLoss()(logits, labels).item())
