import torch
import torch.nn.functional as F

K, eps = 4, 0.1
logits = torch.tensor([[2.0, 0.0, 0.0, 0.0],
                       [0.0, 0.0, 2.0, 0.0]])
labels = torch.tensor([0, 2])
q = torch.full((2, K), eps / K)
q.scatter_(1, labels.unsqueeze(1), 1 - eps + eps / K)

kl = F.kl_div(___1___, q, reduction=___2___)
ce = F.cross_entropy(logits, labels, label_smoothing=eps)
entropy = -(q * q.log()).sum(dim=1).mean()
print(f"{kl.item():.4f} {(ce - entropy).item():.4f}")
