# kl_div(log_probs, q, 'batchmean') with uniform q: implied targets are q / N.
# implied-targets: loss wrt log_probs
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5]], requires_grad=True)
labels = torch.tensor([3, 1])
q = F.one_hot(labels, 4).float() * 0.9 + 0.025
log_probs = F.log_softmax(logits, dim=1)
loss = F.kl_div(log_probs, q, reduction='batchmean')
print(loss.item())
print(q)
