import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.0, 0.0, 0.0],
                       [0.0, 0.0, 2.0, 0.0]])
q = torch.tensor([[0.925, 0.025, 0.025, 0.025],
                  [0.025, 0.025, 0.925, 0.025]])

log_p = F.log_softmax(logits, dim=1)
print(f"{F.kl_div(log_p, q, reduction='batchmean').item():.4f}")
