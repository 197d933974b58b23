# scatter (out of place) and scatter_ with a scalar value and with a src tensor, and scatter_add_.
import torch

labels = torch.tensor([0, 2, 3])
index = labels.unsqueeze(1)
base = torch.full((3, 4), 0.1 / 3)
print(base.scatter(1, index, 0.9))
print(base)
src = torch.tensor([[0.7], [0.8], [0.9]])
filled = torch.zeros(3, 4)
filled.scatter_(1, index, src)
print(filled)
print(torch.zeros(3, 4).scatter_(dim=1, index=index, value=1.0))
counts = torch.zeros(4)
counts.scatter_add_(0, torch.tensor([0, 2, 2, 3, 2]), torch.ones(5))
print(counts)
both = torch.zeros(2, 3).scatter_add_(1, torch.tensor([[0, 0], [2, 1]]), torch.tensor([[0.5, 0.25], [1.0, 2.0]]))
print(both)
print(torch.scatter(torch.zeros(2, 3), 1, torch.tensor([[1], [0]]), 5.0))
