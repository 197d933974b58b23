import torch
import torch.nn.functional as F

eps = -0.1
logits = torch.tensor([[2.0, 0.0, 0.0, 0.0]])
labels = torch.tensor([0])

print(f"{F.cross_entropy(logits, labels).item():.4f}")
print(f"{F.cross_entropy(logits, labels, label_smoothing=eps).item():.4f}")
