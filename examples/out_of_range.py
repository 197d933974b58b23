import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.randn(3, 4)
labels = torch.tensor([0, 2, 3])

# PyTorch raises: label_smoothing must be between 0.0 and 1.0.
criterion = nn.CrossEntropyLoss(label_smoothing=1.5)

# PyTorch silently ignores a negative value: this trains without any smoothing.
loss = F.cross_entropy(logits, labels, label_smoothing=-0.1)

# Correct: a value in [0, 1].
ok = nn.CrossEntropyLoss(label_smoothing=0.1)
