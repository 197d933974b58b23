# Bug: F.one_hot with a label >= num_classes raises "Class values must be smaller than num_classes."
# raises: RuntimeError
import torch
import torch.nn.functional as F

labels = torch.tensor([3, 1, 5])
targets = F.one_hot(labels, num_classes=5).float()
print(targets)
