# F.kl_div(log_probs, q) with 'none', 'sum' and 'batchmean' (sum / batch size).
import torch
import torch.nn.functional as F

log_probs = F.log_softmax(torch.tensor([[2.0, 0.5, -1.0], [0.3, 1.2, 0.0]]), dim=1)
q = torch.tensor([[0.9, 0.05, 0.05], [0.05, 0.9, 0.05]])
print(F.kl_div(log_probs, q, reduction='none'))
print(F.kl_div(log_probs, q, reduction='sum'))
print(F.kl_div(log_probs, q, reduction='batchmean'))
print((q * (q.log() - log_probs)).sum() / 2)
