# Bug (mixed conventions): true class 1-eps but the others eps/K, so rows sum to 1 - eps/K = 0.975.
import torch

K, eps = 4, 0.1
labels = torch.tensor([0, 2, 3])
true_dist = torch.zeros(3, K)
true_dist.fill_(eps / K)
true_dist.scatter_(1, labels.unsqueeze(1), 1 - eps)
print(true_dist)
print(true_dist.sum(dim=1))
