# Bug: log_target=True with a zeroed padding column feeds log(0) = -inf and the KL becomes nan.
import torch
import torch.nn.functional as F

log_probs = F.log_softmax(torch.tensor([[0.1, 2.0, 0.3, 0.3], [0.0, 0.2, 1.9, 0.1]]), dim=1)
true_dist = torch.tensor([[0.0, 0.8, 0.1, 0.1], [0.0, 0.1, 0.8, 0.1]])
print(F.kl_div(log_probs, true_dist, reduction='sum'))
print(F.kl_div(log_probs, true_dist.log(), reduction='sum', log_target=True))
print(F.kl_div(log_probs, true_dist.log(), reduction='none', log_target=True))
