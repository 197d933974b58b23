# Binary smoothing done right: y*(1-eps) + eps/2 moves 1 to 0.95 and 0 to 0.05.
import torch

eps = 0.1
y = torch.tensor([1.0, 0.0, 1.0, 0.0])
smoothed = y * (1 - eps) + eps / 2
print(smoothed)
print(1 - smoothed)
