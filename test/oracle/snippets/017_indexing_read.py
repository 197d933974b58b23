# Reading through ints, negative ints, slices, lists, tensors of indices and bool masks.
import torch

q = torch.tensor([[0.925, 0.025, 0.025, 0.025],
                  [0.025, 0.025, 0.925, 0.025],
                  [0.025, 0.025, 0.025, 0.925]])
labels = torch.tensor([0, 2, 3])
print(q[0])
print(q[-1, -1])
print(q[:, 0])
print(q[1:, 2:])
print(q[:2])
print(q[[0, 2]])
print(q[torch.arange(3), labels])
print(q[labels == 2])
print(q[q > 0.5])
print(q[0, 0].item())
