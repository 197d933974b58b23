# Off-target targets via advanced-index assignment q[arange(N), labels] = 1 - eps.
import torch

labels = torch.tensor([2, 0, 1])
N, K = labels.shape[0], 3
eps = 0.15
q = torch.full((N, K), eps / (K - 1))
q[torch.arange(N), labels] = 1 - eps
print(q)
print(q.sum(dim=1))
print(q.max(dim=1)[0])
