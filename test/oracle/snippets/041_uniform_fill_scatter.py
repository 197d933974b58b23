# Uniform mix written as fill_(eps/K) then scatter_(1 - eps + eps/K); rows sum to 1.
import torch

K, eps = 4, 0.2
labels = torch.tensor([3, 1])
with torch.no_grad():
    true_dist = torch.zeros(2, K)
    true_dist.fill_(eps / K)
    true_dist.scatter_(1, labels.unsqueeze(1), 1 - eps + eps / K)
print(true_dist)
print(true_dist.sum(1))
