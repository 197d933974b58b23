# masked_fill (new tensor), masked_fill_ (in place, broadcast mask) and index_fill_ over rows and columns.
import torch

labels = torch.tensor([2, 0, 1, 0])
pad = 0
q = torch.full((4, 5), 0.1 / 3)
q.scatter_(1, labels.unsqueeze(1), 0.9)
pad_rows = (labels == pad).unsqueeze(1)
print(q.masked_fill(pad_rows, 0.0))
print(q.sum())
q.masked_fill_(pad_rows, 0.0)
print(q)
q.index_fill_(1, torch.tensor([pad]), 0.0)
print(q)
r = torch.ones(3, 3)
r.index_fill_(0, torch.tensor([0, 2]), -1.0)
print(r)
print(torch.zeros(2, 2).masked_fill(torch.tensor([[True, False], [False, True]]), 0.5))
