# Hand-written soft cross-entropy -(q*logp).sum(-1).mean() with off-target q: implied targets are q / N.
# implied-targets: loss wrt logp
import torch
import torch.nn.functional as F

logits = torch.tensor([[0.2, 1.4, -0.3, 0.8], [1.0, 0.1, 0.1, -2.0], [0.0, 0.0, 0.5, 0.5]], requires_grad=True)
labels = torch.tensor([1, 0, 3])
eps = 0.1
with torch.no_grad():
    q = torch.zeros_like(logits)
    q.fill_(eps / (logits.size(1) - 1))
    q.scatter_(1, labels.unsqueeze(1), 1 - eps)
logp = F.log_softmax(logits, dim=-1)
loss = -(q * logp).sum(dim=-1).mean()
print(loss)
