# Off-target as a formula: one_hot*(1 - eps - eps/(K-1)) + eps/(K-1).
import torch
import torch.nn.functional as F

K, eps = 6, 0.1
labels = torch.tensor([5, 0])
off = eps / (K - 1)
q = F.one_hot(labels, K).float() * (1 - eps - off) + off
print(q)
print(q.sum(-1))
