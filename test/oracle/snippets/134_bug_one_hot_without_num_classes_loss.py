# Bug: one_hot without num_classes gives 3 columns for 4-class logits; cross_entropy then rejects the targets.
# raises: RuntimeError
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
labels = torch.tensor([0, 2, 1])
targets = F.one_hot(labels).float() * 0.9 + 0.1 / 4
print(targets.shape, logits.shape)
loss = F.cross_entropy(logits, targets)
print(loss)
