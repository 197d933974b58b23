import torch
import torch.nn.functional as F

K, eps = 4, 0.1
labels = torch.tensor([0, 2, 3])

targets = F.one_hot(labels, num_classes=K)
targets.mul_(1 - eps).add_(eps / K)
print(targets)
