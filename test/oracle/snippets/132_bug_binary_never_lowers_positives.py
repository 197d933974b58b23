# Bug (binary): (1-eps)*y + eps never lowers positives (1.0 stays 1.0) and raises negatives to eps.
import torch

eps = 0.2
y = torch.tensor([1.0, 0.0, 0.0, 1.0])
targets = (1 - eps) * y + eps
print(targets)
print(targets.max(), targets.min())
