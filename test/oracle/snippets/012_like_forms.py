# zeros_like / ones_like / full_like (with and without dtype=) copy the shape and dtype of their argument.
import torch

logits = torch.tensor([[1.5, -0.3, 0.2], [0.0, 0.7, -1.1]])
labels = torch.tensor([2, 0])
print(torch.zeros_like(logits))
print(torch.ones_like(labels))
print(torch.full_like(logits, 0.1 / 3))
print(torch.zeros_like(labels, dtype=torch.float32))
print(torch.full_like(labels, -100))
print(torch.ones_like(logits) * 0.5)
