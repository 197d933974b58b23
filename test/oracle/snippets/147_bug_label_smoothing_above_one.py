# Bug: label_smoothing > 1 raises "label_smoothing must be between 0.0 and 1.0. Got: 1.5" at the loss call.
# raises: RuntimeError
import torch
import torch.nn as nn

criterion = nn.CrossEntropyLoss(label_smoothing=1.5)
logits = torch.tensor([[2.0, 0.5, -1.0], [0.3, 1.2, 0.0]])
labels = torch.tensor([0, 2])
loss = criterion(logits, labels)
print(loss)
