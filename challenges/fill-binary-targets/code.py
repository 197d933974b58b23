import torch

eps = 0.2
y = torch.tensor([1.0, 0.0, 0.0, 1.0])
targets = y * ___1___ + ___2___
print(targets)
