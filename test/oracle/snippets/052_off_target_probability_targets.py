# Off-target targets passed to F.cross_entropy as probabilities (no label_smoothing on top).
import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 3.0, 0.2], [2.5, -0.5, 0.0], [0.1, 0.1, 0.4], [-1.0, 2.0, 1.5]])
labels = torch.tensor([1, 0, 2, 2])
eps = 0.2
K = logits.shape[1]
q = torch.full_like(logits, eps / (K - 1))
q.scatter_(1, labels.unsqueeze(1), 1 - eps)
print(q)
print(F.cross_entropy(logits, q, reduction='none'))
print(F.cross_entropy(logits, q))
