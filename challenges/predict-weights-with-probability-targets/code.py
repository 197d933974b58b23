import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 0.0, 0.0],
                       [0.0, 1.0, 0.0]])
labels = torch.tensor([0, 1])
weight = torch.tensor([1.0, 3.0, 1.0])
eps = 0.3

soft = F.one_hot(labels, 3).float() * (1 - eps) + eps / 3
index_loss = F.cross_entropy(logits, labels, weight=weight, label_smoothing=eps)
prob_loss = F.cross_entropy(logits, soft, weight=weight)
print(f"{index_loss.item():.4f} {prob_loss.item():.4f}")
