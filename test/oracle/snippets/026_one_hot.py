# F.one_hot with num_classes returns int64; .float() before doing arithmetic with it.
import torch
import torch.nn.functional as F

labels = torch.tensor([0, 2, 3])
one_hot = F.one_hot(labels, num_classes=4)
print(one_hot)
print(one_hot.dtype, one_hot.shape)
print(F.one_hot(labels, 5).float())
print(F.one_hot(torch.tensor([[1, 0], [2, 1]]), 3))
print(F.one_hot(torch.tensor(1), 3))
print(one_hot.sum(dim=1))
