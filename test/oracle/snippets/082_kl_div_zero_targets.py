# Zero target entries contribute exactly 0 to kl_div (0*log 0 := 0), as with a zeroed padding column.
import torch
import torch.nn as nn
import torch.nn.functional as F

log_probs = F.log_softmax(torch.tensor([[0.1, 2.0, 0.3, 0.3], [0.0, 0.2, 1.9, 0.1]]), dim=1)
true_dist = torch.tensor([[0.0, 0.8, 0.1, 0.1], [0.0, 0.1, 0.8, 0.1]])
print(nn.KLDivLoss(reduction='none')(log_probs, true_dist))
print(nn.KLDivLoss(reduction='sum')(log_probs, true_dist))
print(torch.log(true_dist))
