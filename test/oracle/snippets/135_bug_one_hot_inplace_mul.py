# Bug: in-place float multiply on F.one_hot's int64 result raises (result type Float can't be cast to Long).
# raises: RuntimeError
import torch
import torch.nn.functional as F

labels = torch.tensor([0, 2, 3])
targets = F.one_hot(labels, num_classes=4)
print(targets.dtype)
targets.mul_(1 - 0.1)
targets.add_(0.1 / 4)
print(targets)
