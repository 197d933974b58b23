# Bug: a module smooths its targets and also passes label_smoothing to CrossEntropyLoss (smoothed twice).
import torch
import torch.nn as nn
import torch.nn.functional as F

class SmoothedCE(nn.Module):
    def __init__(self, num_classes, smoothing=0.1):
        super().__init__()
        self.num_classes = num_classes
        self.smoothing = smoothing
        self.ce = nn.CrossEntropyLoss(label_smoothing=smoothing)

    def forward(self, logits, labels):
        targets = F.one_hot(labels, self.num_classes).float()
        targets = targets * (1 - self.smoothing) + self.smoothing / self.num_classes
        return self.ce(logits, targets)

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
labels = torch.tensor([0, 2, 3])
print(SmoothedCE(4)(logits, labels))
print(nn.CrossEntropyLoss(label_smoothing=0.1)(logits, labels))
