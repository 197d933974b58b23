# Bug: CrossEntropyLoss with a label >= K raises IndexError "Target 4 is out of bounds."
# raises: IndexError
import torch
import torch.nn as nn

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5]])
criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
print(criterion(logits, torch.tensor([0, 3])))
loss = criterion(logits, torch.tensor([4, 1]))
print(loss)
