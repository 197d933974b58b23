# gather picks each row's true-class log-probability: index needs unsqueeze(1), squeeze(1) afterwards.
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
labels = torch.tensor([0, 2, 3])
lp = F.log_softmax(logits, dim=-1)
picked = lp.gather(1, labels.unsqueeze(1))
print(picked)
print(picked.squeeze(1))
print(torch.gather(lp, dim=-1, index=labels.unsqueeze(-1)).squeeze(-1))
print(logits.gather(1, torch.tensor([[0, 1], [2, 2], [3, 0]])))
