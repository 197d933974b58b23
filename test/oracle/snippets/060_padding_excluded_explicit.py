# Padding excluded eps/(K-2): fill_, scatter_(1-eps), zero the padding column and padding rows; KLDivLoss(sum).
import torch
import torch.nn as nn
import torch.nn.functional as F

size, padding_idx, smoothing = 5, 0, 0.4
logits = torch.tensor([[0.1, 0.2, 1.7, 0.1, 0.3], [0.0, 1.5, 0.4, 0.2, 0.2],
                       [0.4, 0.1, 0.1, 0.2, 0.3], [0.3, 0.0, 0.9, 1.2, 0.1]])
target = torch.tensor([2, 1, 0, 3])
x = F.log_softmax(logits, dim=-1)
true_dist = x.clone().detach()
true_dist.fill_(smoothing / (size - 2))
true_dist.scatter_(1, target.unsqueeze(1), 1.0 - smoothing)
true_dist[:, padding_idx] = 0
true_dist.masked_fill_((target == padding_idx).unsqueeze(1), 0.0)
print(true_dist)
print(true_dist.sum(dim=1))
criterion = nn.KLDivLoss(reduction='sum')
print(criterion(x, true_dist))
