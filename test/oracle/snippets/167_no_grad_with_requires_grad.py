# Targets built under torch.no_grad() from logits that require grad; the loss keeps its grad_fn.
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0], [0.3, 1.2, 0.0]], requires_grad=True)
labels = torch.tensor([0, 2])
with torch.no_grad():
    probs = F.softmax(logits, dim=-1)
    targets = torch.zeros_like(probs)
    targets.fill_(0.05)
    targets.scatter_(1, labels.unsqueeze(1), 0.9)
print(targets)
print(probs)
loss = F.cross_entropy(logits, targets)
print(loss.item())
print(loss.detach())
