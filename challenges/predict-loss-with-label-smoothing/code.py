import torch
import torch.nn as nn

logits = torch.tensor([[2.0, 0.0, 0.0, 0.0]])
labels = torch.tensor([0])

plain = nn.CrossEntropyLoss()
smoothed = nn.CrossEntropyLoss(label_smoothing=0.1)
print(round(plain(logits, labels).item(), 4))
print(round(smoothed(logits, labels).item(), 4))
