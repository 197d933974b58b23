# Weights + label_smoothing: the smoothing term is weighted per column (pytorch#104776).
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
labels = torch.tensor([0, 2, 3])
w = torch.tensor([1.0, 2.0, 0.5, 3.0])
eps, K = 0.1, 4
per_row = F.cross_entropy(logits, labels, weight=w, label_smoothing=eps, reduction='none')
print(per_row)
print(F.cross_entropy(logits, labels, weight=w, label_smoothing=eps))
lp = F.log_softmax(logits, dim=1)
nll = -lp.gather(1, labels.unsqueeze(1)).squeeze(1) * w[labels]
smooth = -(lp * w).sum(dim=1) * eps / K
print((1 - eps) * nll + smooth)
print(((1 - eps) * nll + smooth).sum() / w[labels].sum())
