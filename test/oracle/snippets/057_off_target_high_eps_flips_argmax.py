# Off-target with eps=0.8 > (K-1)/K: the true class (0.2) is no longer the most likely one (0.2667).
import torch

K, eps = 4, 0.8
labels = torch.tensor([0, 3])
q = torch.full((2, K), eps / (K - 1))
q.scatter_(1, labels.unsqueeze(1), 1 - eps)
print(q)
print(q.argmax(dim=1))
print(q.argmax(dim=1) == labels)
