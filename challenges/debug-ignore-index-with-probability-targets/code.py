import torch
import torch.nn.functional as F

K, eps = 3, 0.1
logits = torch.tensor([[2.0, 0.0, 0.0],
                       [0.0, 2.0, 0.0]])
labels = torch.tensor([0, 1])

soft = F.one_hot(labels, K).float() * (1 - eps) + eps / K
loss = F.cross_entropy(logits, soft, ignore_index=0)
print(loss)
