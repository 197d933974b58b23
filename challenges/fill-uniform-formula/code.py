import torch
import torch.nn.functional as F

K, eps = 4, 0.1
labels = torch.tensor([0, 2, 3])

one_hot = F.one_hot(labels, num_classes=K).float()
targets = one_hot * ___1___ + ___2___
print(targets)
