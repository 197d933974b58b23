import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.0, 0.0, 0.0],
                       [0.0, 0.0, 2.0, 0.0]])
q = torch.tensor([[0.925, 0.025, 0.025, 0.025],
                  [0.025, 0.025, 0.925, 0.025]])

loss = F.kl_div(F.log_softmax(logits, dim=1), q, reduction='mean')
print(f"{loss.item():.4f}")
