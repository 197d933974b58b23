# Losses on float64 inputs stay float64 (CE, NLL, KL).
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0], [0.3, 1.2, 0.0]]).double()
labels = torch.tensor([0, 1])
lp = F.log_softmax(logits, dim=-1)
print(F.cross_entropy(logits, labels, label_smoothing=0.05))
print(F.nll_loss(lp, labels, reduction='none'))
print(F.kl_div(lp, torch.full_like(lp, 1 / 3), reduction='batchmean'))
