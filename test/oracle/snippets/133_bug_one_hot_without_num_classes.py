# Bug: F.one_hot(labels) without num_classes takes K from the batch's largest label (3 here, not 5).
import torch
import torch.nn.functional as F

num_classes, eps = 5, 0.1
labels = torch.tensor([0, 2, 1, 2])
one_hot = F.one_hot(labels)
print(one_hot.shape)
targets = one_hot.float() * (1 - eps) + eps / one_hot.size(1)
print(targets)
print(F.one_hot(labels, num_classes=num_classes).shape)
