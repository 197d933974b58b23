# torch.where with tensors and scalars, and clamp with min only, max only, and both.
import torch

labels = torch.tensor([0, 2, -100, 1])
valid = labels != -100
print(torch.where(valid, labels, torch.zeros_like(labels)))
print(labels.clamp(min=0))
print(torch.clamp(labels, 0, 2))
probs = torch.tensor([[1.0, 0.0, 0.0], [0.2, 0.5, 0.3]])
print(probs.clamp(min=0.05, max=0.9))
print(torch.clamp(probs, max=0.4))
hot = probs == 1.0
print(torch.where(hot, 0.9 + 0.1 / 3, 0.1 / 3))
print(torch.where(probs > 0.25, probs, torch.tensor(0.0)))
