# Padding-excluded targets with pad=3 (not column 0): each non-pad row sums to 1, the pad row is all 0.
import torch

K, pad, eps = 6, 3, 0.2
labels = torch.tensor([0, 3, 5, 1])
q = torch.zeros(labels.size(0), K)
q.fill_(eps / (K - 2))
q.scatter_(1, labels.unsqueeze(1), 1 - eps)
q[:, pad] = 0
q[labels == pad] = 0
print(q)
print(q.sum(dim=1))
