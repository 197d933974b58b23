# Bug: padding rows keep their smoothing mass (only the column is zeroed), so KL(sum) counts them.
import torch
import torch.nn as nn
import torch.nn.functional as F

pad, K, eps = 0, 5, 0.4
logits = torch.tensor([[0.1, 0.2, 1.7, 0.1, 0.3], [0.0, 1.5, 0.4, 0.2, 0.2], [0.4, 0.1, 0.1, 0.2, 0.3]])
target = torch.tensor([2, 1, 0])
x = F.log_softmax(logits, dim=-1)
true_dist = torch.zeros_like(x).fill_(eps / (K - 2))
true_dist.scatter_(1, target.unsqueeze(1), 1 - eps)
true_dist[:, pad] = 0
print(true_dist)
print(true_dist.sum(1))
criterion = nn.KLDivLoss(reduction='sum')
print(criterion(x, true_dist))
fixed = true_dist.masked_fill((target == pad).unsqueeze(1), 0.0)
print(criterion(x, fixed))
