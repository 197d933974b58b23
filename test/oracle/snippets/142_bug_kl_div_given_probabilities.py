# Bug: F.kl_div given probabilities instead of log-probabilities returns a wrong (here negative) value.
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
q = torch.tensor([[0.925, 0.025, 0.025, 0.025], [0.025, 0.025, 0.925, 0.025], [0.025, 0.025, 0.025, 0.925]])
probs = F.softmax(logits, dim=1)
print(F.kl_div(probs, q, reduction='batchmean'))
print(F.kl_div(probs.log(), q, reduction='batchmean'))
