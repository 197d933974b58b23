# A for loop over range(N) filling targets row by row and accumulating a per-row loss.
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
labels = torch.tensor([0, 2, 3])
eps, K = 0.1, 4
targets = torch.zeros(3, K)
loss = 0.0
for i in range(labels.size(0)):
    targets[i] = eps / K
    targets[i, labels[i]] = 1 - eps + eps / K
    loss = loss - (targets[i] * F.log_softmax(logits[i], dim=0)).sum()
print(targets)
print(loss / 3)
for step in range(1, 4, 2):
    print(step, step * eps)
