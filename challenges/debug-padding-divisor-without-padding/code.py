import torch

K, eps, pad = 5, 0.3, 0
target = torch.tensor([2, 4])

true_dist = torch.full((target.size(0), K), eps / (K - 2))
true_dist.scatter_(1, target.unsqueeze(1), 1 - eps)
print(true_dist.sum(dim=1))
