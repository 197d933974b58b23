# Bug (K vs K-1): fill eps/(K-1) but scatter the uniform peak 1-eps+eps/K; rows sum to 1 + eps/K.
import torch

K, eps = 4, 0.1
labels = torch.tensor([1, 3])
q = torch.zeros(2, K).fill_(eps / (K - 1))
q.scatter_(1, labels.unsqueeze(1), 1 - eps + eps / K)
print(q)
print(q.sum(1))
