# Bug: nn.KLDivLoss() defaults to reduction='mean', which warns when called and divides by N*K.
# warns
import torch
import torch.nn as nn
import torch.nn.functional as F

criterion = nn.KLDivLoss()
logits = torch.tensor([[1.0, 3.0, 0.2], [2.5, -0.5, 0.0]])
q = torch.tensor([[0.05, 0.9, 0.05], [0.9, 0.05, 0.05]])
print(criterion(F.log_softmax(logits, dim=-1), q))
print(nn.KLDivLoss(reduction='batchmean')(F.log_softmax(logits, dim=-1), q))
