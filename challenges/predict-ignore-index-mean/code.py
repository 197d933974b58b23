import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.0, 0.0],
                       [0.0, 2.0, 0.0],
                       [0.0, 0.0, 2.0],
                       [0.0, 0.0, 2.0]])
labels = torch.tensor([0, 1, -100, -100])

loss = F.cross_entropy(logits, labels, label_smoothing=0.1)
print(f"{loss.item():.4f}")
