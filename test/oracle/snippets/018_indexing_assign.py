# Assignment through ints, slices, lists, (rows, labels) index pairs and bool masks.
import torch

K, eps = 4, 0.1
labels = torch.tensor([0, 2, 3, 1])
q = torch.zeros(4, K)
q[:, :] = eps / (K - 1)
q[torch.arange(4), labels] = 1 - eps
print(q)
q[3] = 0.0
print(q[3])
q[:, 1] = 0.5
print(q)
q[[0, 1]] = 0.25
print(q)
mask = labels == 3
q[mask] = 1.0
print(q)
q[0, 0] = 2
print(q[0])
