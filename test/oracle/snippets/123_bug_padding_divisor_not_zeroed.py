# Bug: padding divisor eps/(K-2) copied without zeroing the padding column; rows sum to 1 + eps/(K-2).
import torch

size, smoothing = 5, 0.3
target = torch.tensor([2, 1, 4])
true_dist = torch.zeros(3, size)
true_dist.fill_(smoothing / (size - 2))
true_dist.scatter_(1, target.unsqueeze(1), 1.0 - smoothing)
print(true_dist)
print(true_dist.sum(dim=1))
