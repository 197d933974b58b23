import torch
import torch.nn.functional as F

K, eps = 4, 0.1
labels = torch.tensor([0])

# The best possible prediction: exactly the smoothed target distribution.
best = torch.full((1, K), eps / K)
best[0, 0] = 1 - eps + eps / K
loss = F.cross_entropy(best.log(), labels, label_smoothing=eps)
print(f"{loss.item():.4f}")
