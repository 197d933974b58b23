# The fix for the in-place bug: convert with .float() first, then mul_/add_ in place work.
import torch
import torch.nn.functional as F

labels = torch.tensor([0, 2, 3])
targets = F.one_hot(labels, num_classes=4).float()
targets.mul_(1 - 0.1)
targets.add_(0.1 / 4)
print(targets)
print(targets.dtype)
