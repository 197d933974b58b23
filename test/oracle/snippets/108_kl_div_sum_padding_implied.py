# KLDivLoss(reduction='sum') over padding-excluded targets: implied targets are exactly true_dist.
# implied-targets: loss wrt x
import torch
import torch.nn as nn

logits = torch.tensor([[0.1, 0.2, 1.7, 0.1, 0.3], [0.0, 1.5, 0.4, 0.2, 0.2], [0.4, 0.1, 0.1, 0.2, 0.3]],
                      requires_grad=True)
target = torch.tensor([2, 1, 0])
x = torch.log_softmax(logits, dim=-1)
true_dist = torch.zeros(3, 5).fill_(0.3 / 3)
true_dist.scatter_(1, target.unsqueeze(1), 0.7)
true_dist[:, 0] = 0
true_dist[target == 0] = 0
criterion = nn.KLDivLoss(reduction='sum')
loss = criterion(x, true_dist)
print(loss.item())
