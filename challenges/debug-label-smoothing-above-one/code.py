import torch
import torch.nn as nn

criterion = nn.CrossEntropyLoss(label_smoothing=1.5)
logits = torch.tensor([[2.0, 0.0, 0.0]])
labels = torch.tensor([0])
print(criterion(logits, labels))
