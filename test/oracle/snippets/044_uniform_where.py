# Uniform mix built with torch.where on the one-hot mask: 1-eps+eps/K where hot, eps/K elsewhere.
import torch
import torch.nn.functional as F

K, eps = 3, 0.3
labels = torch.tensor([2, 2, 0])
hot = F.one_hot(labels, K) == 1
on_value = 1 - eps + eps / K
off_value = eps / K
targets = torch.where(hot, torch.full((3, K), on_value), torch.full((3, K), off_value))
print(targets)
print(targets.sum(dim=1))
