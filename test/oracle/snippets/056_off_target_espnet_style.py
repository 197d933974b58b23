# ESPnet-style LabelSmoothingLoss: off-target targets, ignored rows zeroed, KL summed and divided by the batch size.
import torch
import torch.nn as nn

class LabelSmoothingLoss(nn.Module):
    def __init__(self, size, padding_idx, smoothing):
        super().__init__()
        self.criterion = nn.KLDivLoss(reduction="none")
        self.padding_idx = padding_idx
        self.confidence = 1.0 - smoothing
        self.smoothing = smoothing
        self.size = size

    def forward(self, x, target):
        batch_size = x.size(0)
        x = x.view(-1, self.size)
        target = target.view(-1)
        with torch.no_grad():
            true_dist = x.clone()
            true_dist.fill_(self.smoothing / (self.size - 1))
            ignore = target == self.padding_idx
            target = target.masked_fill(ignore, 0)
            true_dist.scatter_(1, target.unsqueeze(1), self.confidence)
        kl = self.criterion(torch.log_softmax(x, dim=1), true_dist)
        return kl.masked_fill(ignore.unsqueeze(1), 0).sum() / batch_size

logits = torch.tensor([[[1.0, 0.2, -0.5, 0.3], [0.1, 2.0, 0.0, -1.0], [0.5, 0.5, 0.5, 0.5]],
                       [[-0.3, 0.8, 1.6, 0.0], [0.9, -0.2, 0.4, 1.1], [0.0, 0.0, 1.0, 0.0]]])
target = torch.tensor([[0, 1, -1], [2, 3, -1]])
print(LabelSmoothingLoss(4, -1, 0.1)(logits, target))
