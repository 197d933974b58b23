# `from torch import nn` then nn.CrossEntropyLoss and nn.functional.one_hot through the alias.
import torch
from torch import nn

labels = torch.tensor([1, 1, 0])
logits = torch.tensor([[0.2, 0.9], [1.4, -0.3], [0.0, 0.5]])
loss_fn = nn.CrossEntropyLoss(label_smoothing=0.2)
print(loss_fn(logits, labels))
targets = nn.functional.one_hot(labels, 2).float() * 0.8 + 0.1
print(targets)
print(loss_fn(logits, targets))
