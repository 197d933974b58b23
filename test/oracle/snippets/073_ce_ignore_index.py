# ignore_index: the default -100 and a padding id; ignored rows give 0 and 'mean' averages over the others.
import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0], [1.0, 1.0, 0.0, 0.0]])
labels = torch.tensor([0, -100, 3, 1])
print(F.cross_entropy(logits, labels, reduction='none'))
print(F.cross_entropy(logits, labels))
padded = torch.tensor([1, 0, 3, 0])
criterion = nn.CrossEntropyLoss(ignore_index=0)
print(criterion(logits, padded))
print(nn.CrossEntropyLoss(ignore_index=0, reduction='sum')(logits, padded))
