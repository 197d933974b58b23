# torch.tensor/zeros/ones/full/arange/eye: values, dtypes inferred from the literals, and the dtype= argument.
import torch

labels = torch.tensor([0, 2, 3])
logits = torch.tensor([[2.0, 0.5, -1.0, 0.1]])
flags = torch.tensor([True, False, True])
print(labels, labels.dtype)
print(logits, logits.dtype)
print(flags, flags.dtype)
print(torch.zeros(2, 3))
print(torch.ones(2, 2, dtype=torch.long))
print(torch.full((2, 4), 0.025))
print(torch.full((3,), 7))
print(torch.arange(5))
print(torch.eye(3))
print(torch.tensor([1, 2], dtype=torch.float32))
print(torch.tensor(0.1), torch.tensor(3))
