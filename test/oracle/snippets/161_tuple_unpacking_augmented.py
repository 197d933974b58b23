# Tuple unpacking from shapes and literals, augmented assignment on numbers and tensors.
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
labels = torch.tensor([0, 2, 3])
N, K = logits.shape
eps, total = 0.1, 0.0
print(N, K)
total += F.cross_entropy(logits, labels, label_smoothing=eps, reduction='sum')
total /= N
print(total)
a, b = labels[0], labels[1]
print(a, b)
count = 0
count += 2
count *= 3
print(count)
