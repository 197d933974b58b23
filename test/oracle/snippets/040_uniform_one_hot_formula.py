# Uniform mix eps/K: F.one_hot(...).float()*(1-eps) + eps/K; rows sum to 1.
import torch
import torch.nn.functional as F

num_classes = 5
smoothing = 0.1
labels = torch.tensor([4, 0, 2])
targets = F.one_hot(labels, num_classes=num_classes).float()
targets = targets * (1.0 - smoothing) + smoothing / num_classes
print(targets)
print(targets.sum(dim=-1))
print(targets.argmax(dim=-1))
