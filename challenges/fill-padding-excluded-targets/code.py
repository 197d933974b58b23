import torch

K, eps, padding_idx = 5, 0.3, 0
target = torch.tensor([2, 4, 0])   # the last token is padding

true_dist = torch.full((target.size(0), K), eps / ___1___)
true_dist.scatter_(1, target.unsqueeze(1), 1 - eps)
true_dist[:, padding_idx] = 0
true_dist[___2___] = 0
print(true_dist)
