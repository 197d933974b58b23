# kl_div with log_target=True takes the target as log-probabilities; equals the probability form.
import torch
import torch.nn as nn
import torch.nn.functional as F

log_probs = F.log_softmax(torch.tensor([[2.0, 0.5, -1.0], [0.3, 1.2, 0.0]]), dim=1)
q = torch.tensor([[0.9, 0.05, 0.05], [0.05, 0.9, 0.05]])
print(F.kl_div(log_probs, q.log(), reduction='batchmean', log_target=True))
print(F.kl_div(log_probs, q, reduction='batchmean'))
kl = nn.KLDivLoss(reduction='sum', log_target=True)
print(kl(log_probs, torch.log(q)))
print(nn.KLDivLoss(reduction='none', log_target=True)(log_probs, q.log()))
