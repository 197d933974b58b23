# Bug (binary): (y + eps)/2 moves positives to 0.55 instead of 0.95.
import torch

eps = 0.1
y = torch.tensor([[1.0], [0.0], [1.0]])
smoothed = (y + eps) / 2
print(smoothed)
correct = y * (1 - eps) + 0.5 * eps
print(correct)
print(smoothed - correct)
