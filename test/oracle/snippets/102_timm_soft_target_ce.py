# timm SoftTargetCrossEntropy on mixed/smoothed targets: sum(-t * log_softmax) per row, then mean.
# implied-targets: loss wrt log_probs
import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 3.0, 0.2, 0.0], [2.5, -0.5, 0.0, 0.4]], requires_grad=True)
target = torch.tensor([[0.025, 0.625, 0.325, 0.025], [0.925, 0.025, 0.025, 0.025]])
log_probs = F.log_softmax(x, dim=-1)
loss = torch.sum(-target * log_probs, dim=-1)
loss = loss.mean()
print(loss)
