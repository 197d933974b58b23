# Plain nll_loss over log-probabilities: the implied targets are one-hot / N (no smoothing).
# implied-targets: loss wrt log_probs
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0], [0.3, 1.2, 0.0]], requires_grad=True)
labels = torch.tensor([0, 2])
log_probs = F.log_softmax(logits, dim=1)
loss = F.nll_loss(log_probs, labels)
print(loss)
