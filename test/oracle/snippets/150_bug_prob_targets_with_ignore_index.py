# Bug: ignore_index with probability targets raises "ignore_index is not supported for floating point target".
# raises: RuntimeError
import torch
import torch.nn as nn

logits = torch.tensor([[1.0, 3.0, 0.2], [2.5, -0.5, 0.0]])
targets = torch.tensor([[0.05, 0.9, 0.05], [0.9, 0.05, 0.05]])
criterion = nn.CrossEntropyLoss(ignore_index=0)
print(criterion(logits, targets))
