# Off-target eps/(K-1): fill_ then scatter_(1-eps); rows sum to 1 and the true class gets exactly 1-eps.
import torch

logits = torch.tensor([[0.2, 1.4, -0.3, 0.8, 0.0], [1.0, 0.1, 0.1, -2.0, 0.5]])
target = torch.tensor([1, 4])
smoothing = 0.1
classes = logits.size(-1)
true_dist = torch.zeros_like(logits)
true_dist.fill_(smoothing / (classes - 1))
true_dist.scatter_(1, target.unsqueeze(1), 1.0 - smoothing)
print(true_dist)
print(true_dist.sum(dim=-1))
