# Bug: nn.NLLLoss inside a training-style function with smoothed targets raises at the loss call.
# raises: RuntimeError
import torch
import torch.nn as nn

criterion = nn.NLLLoss()

def compute_loss(log_probs, targets):
    return criterion(log_probs, targets)

log_probs = torch.log(torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6]]))
targets = torch.tensor([[0.9, 0.05, 0.05], [0.05, 0.05, 0.9]])
print(compute_loss(log_probs, targets))
