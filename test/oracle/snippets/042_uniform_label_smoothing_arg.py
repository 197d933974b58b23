# nn.CrossEntropyLoss(label_smoothing=eps) equals CE with explicit uniform-mix probability targets.
import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
labels = torch.tensor([0, 2, 3])
eps = 0.1
criterion = nn.CrossEntropyLoss(label_smoothing=eps)
loss = criterion(logits, labels)
q = F.one_hot(labels, 4).float() * (1 - eps) + eps / 4
manual = nn.CrossEntropyLoss()(logits, q)
print(loss)
print(manual)
print(loss.item())
