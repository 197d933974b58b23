# Seed numbers: randn(3, 4) logits under manual_seed(0), labels [0, 2, 3]: CE with label_smoothing=0.1 and without.
import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(3, 4)
labels = torch.tensor([0, 2, 3])
print(logits)

smoothed_ce = nn.CrossEntropyLoss(label_smoothing=0.1)
plain_ce = nn.CrossEntropyLoss()
print(smoothed_ce(logits, labels))
print(plain_ce(logits, labels))
print(smoothed_ce(logits, labels).item())
