# Bug: F.nll_loss takes class indices only; soft (smoothed) targets raise.
# raises: RuntimeError
import torch
import torch.nn.functional as F

log_probs = F.log_softmax(torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5]]), dim=1)
labels = torch.tensor([0, 2])
soft = F.one_hot(labels, 4).float() * 0.9 + 0.025
print(F.nll_loss(log_probs, labels))
loss = F.nll_loss(log_probs, soft)
print(loss)
