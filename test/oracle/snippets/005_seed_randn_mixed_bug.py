# Seed numbers: the mixed bug one_hot*(1-eps) + eps/(K-1) has rows summing to 1.0333 and gives loss 0.9586250.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(3, 4)
labels = torch.tensor([0, 2, 3])
eps, K = 0.1, 4

one_hot = F.one_hot(labels, num_classes=K).float()
targets = one_hot * (1 - eps) + eps / (K - 1)
print(targets.sum(dim=1))
loss = -(targets * F.log_softmax(logits, dim=1)).sum(dim=1).mean()
print(loss)
