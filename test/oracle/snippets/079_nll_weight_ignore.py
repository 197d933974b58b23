# F.nll_loss / nn.NLLLoss with weight, ignore_index and each reduction.
import torch
import torch.nn as nn
import torch.nn.functional as F

log_probs = torch.log(torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6], [0.25, 0.5, 0.25], [0.2, 0.2, 0.6]]))
labels = torch.tensor([0, 2, 1, 2])
w = torch.tensor([1.0, 0.5, 2.0])
print(F.nll_loss(log_probs, labels, weight=w, reduction='none'))
print(F.nll_loss(log_probs, labels, weight=w))
print(F.nll_loss(log_probs, labels, ignore_index=2))
print(nn.NLLLoss(weight=w, ignore_index=1, reduction='sum')(log_probs, labels))
print(F.nll_loss(log_probs, labels, reduction='sum'))
