import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 0.0, 0.0],
                       [0.0, 1.0, 0.0]])
labels = torch.tensor([0, 1])
weight = torch.tensor([1.0, 3.0, 1.0])

loss = F.cross_entropy(logits, labels, weight=weight, label_smoothing=0.3)
print(f"{loss.item():.4f}")
