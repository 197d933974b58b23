import torch
import torch.nn.functional as F

K, eps = 4, 0.1
logits = torch.tensor([[3.0, 0.0, 0.0, 0.0]])
labels = torch.tensor([0])

soft = F.one_hot(labels, K).float() * (1 - eps) + eps / K
a = F.cross_entropy(logits, labels, label_smoothing=eps)
b = F.cross_entropy(logits, soft)
c = F.cross_entropy(logits, soft, label_smoothing=eps)
print(f"{a.item():.4f} {b.item():.4f} {c.item():.4f}")
