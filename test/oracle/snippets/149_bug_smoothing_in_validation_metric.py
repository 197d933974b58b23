# Bug: validation "nll" computed with the training criterion (label_smoothing on) overstates the true NLL.
import torch
import torch.nn as nn

criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
val_logits = torch.tensor([[4.0, 0.1, -1.0], [0.2, 3.5, 0.0], [0.0, 0.5, 5.0]])
val_labels = torch.tensor([0, 1, 2])
with torch.no_grad():
    val_loss = criterion(val_logits, val_labels)
    val_nll = nn.CrossEntropyLoss()(val_logits, val_labels)
print("val loss", val_loss.item())
print("val nll", val_nll.item())
