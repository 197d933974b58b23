# Probability targets: loss_i = -sum_c t_c log p_c, 'mean' divides by the number of rows.
import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 3.0, 0.2], [2.5, -0.5, 0.0]])
targets = torch.tensor([[0.1, 0.8, 0.1], [0.6, 0.2, 0.2]])
print(F.cross_entropy(logits, targets, reduction='none'))
print(F.cross_entropy(logits, targets))
print(F.cross_entropy(logits, targets, reduction='sum'))
print(-(targets * F.log_softmax(logits, dim=1)).sum(dim=1))
