# Uniform with eps equals off-target with eps' = eps*(K-1)/K: the two conventions are one family.
import torch
import torch.nn.functional as F

K, eps = 4, 0.1
labels = torch.tensor([0, 2, 3])
uniform = F.one_hot(labels, K).float() * (1 - eps) + eps / K
eps_prime = eps * (K - 1) / K
off_target = torch.full((3, K), eps_prime / (K - 1))
off_target.scatter_(1, labels.unsqueeze(1), 1 - eps_prime)
print(uniform)
print(off_target)
print((uniform - off_target).abs().max() < 1e-6)
