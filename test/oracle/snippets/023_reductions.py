# sum/mean/max/argmax over all elements and along a dim, with and without keepdim.
import torch

x = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
print(x.sum(), x.mean())
print(x.sum(dim=1), x.sum(1, keepdim=True))
print(x.mean(dim=0), x.mean(-1, keepdim=True))
print(x.max())
values, indices = x.max(dim=1)
print(values, indices)
best, where = torch.max(x, 1, keepdim=True)
print(best, where)
print(x.argmax(dim=1), x.argmax())
print(torch.argmax(x, dim=0, keepdim=True))
print(torch.sum(x, dim=0), torch.mean(x))
