# Uniform smoothing with sum reduction: implied targets are exactly 1-eps+eps/K and eps/K per row.
# implied-targets: loss wrt lp
import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 3.0, 0.2, 0.0, -0.5], [2.5, -0.5, 0.0, 0.4, 0.1]], requires_grad=True)
labels = torch.tensor([1, 0])
eps = 0.25
lp = F.log_softmax(logits, dim=-1)
nll = -lp.gather(1, labels.unsqueeze(1)).squeeze(1)
uniform = -lp.mean(dim=-1)
loss = ((1 - eps) * nll + eps * uniform).sum()
print(loss.item())
