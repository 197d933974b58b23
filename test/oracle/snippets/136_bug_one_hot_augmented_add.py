# Bug: augmented assignment targets *= 0.9 on one_hot's int64 tensor raises inside the helper function.
# raises: RuntimeError
import torch
import torch.nn.functional as F

def smooth(labels, num_classes, eps=0.1):
    targets = F.one_hot(labels, num_classes)
    targets *= 1 - eps
    targets += eps / num_classes
    return targets

print(smooth(torch.tensor([1, 0]), 3, eps=0.0))
