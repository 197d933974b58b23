import torch
import torch.nn.functional as F

num_classes = 4
labels = torch.tensor([0, 1, 1])

one_hot = F.one_hot(labels)
print(one_hot.shape)
