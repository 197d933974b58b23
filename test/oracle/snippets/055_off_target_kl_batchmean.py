# Off-target targets with nn.KLDivLoss(reduction='batchmean') over log-probabilities (the KL divergence).
import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
labels = torch.tensor([0, 2, 3])
eps = 0.1
q = torch.zeros_like(logits).fill_(eps / 3)
q.scatter_(1, labels.unsqueeze(1), 1 - eps)
kl = nn.KLDivLoss(reduction='batchmean')
log_probs = F.log_softmax(logits, dim=1)
print(kl(log_probs, q))
print((q * (q.log() - log_probs)).sum() / 3)
