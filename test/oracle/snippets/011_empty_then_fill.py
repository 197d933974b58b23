# torch.empty / empty_like / new_empty only show values after fill_, as smoothing code uses them.
import torch

K, eps = 5, 0.2
base = torch.empty(2, K).fill_(eps / (K - 1))
print(base)
print(base.shape)
like = torch.empty_like(base).fill_(1.0 / K)
print(like)
fresh = base.new_empty((3, 2)).fill_(0.5)
print(fresh)
print(fresh.dtype)
