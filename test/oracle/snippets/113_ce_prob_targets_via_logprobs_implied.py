# cross_entropy with label_smoothing written over explicit log-probs via nll + mean: uniform eps/K implied.
# implied-targets: loss wrt log_probs
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]], requires_grad=True)
labels = torch.tensor([0, 2, 3])
eps = 0.1
log_probs = logits.log_softmax(dim=-1)
loss = (1 - eps) * F.nll_loss(log_probs, labels) + eps * (-log_probs.mean(dim=-1)).mean()
print(loss)
print(F.cross_entropy(logits, labels, label_smoothing=eps).item())
