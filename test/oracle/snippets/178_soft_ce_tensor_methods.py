# Soft-target cross-entropy written with tensor methods whose argument is the log-probabilities
# (targets.mul(log_probs)), not self: the loss still implies the smoothed targets, ε/K off target
# implied-targets: loss wrt log_probs
import torch

logits = torch.tensor([[1.5, 0.2, -0.3], [0.0, 2.2, 0.4], [0.7, 0.7, -1.1]], requires_grad=True)
labels = torch.tensor([0, 1, 2])
eps = 0.2
targets = torch.full((3, 3), eps / 3).scatter(1, labels.unsqueeze(1), 1 - eps + eps / 3)
log_probs = logits.log_softmax(dim=-1)
loss = targets.mul(log_probs).sum(dim=-1).mean().neg()
print(targets.sum(dim=-1), loss)
