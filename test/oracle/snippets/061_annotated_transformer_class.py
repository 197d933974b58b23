# Annotated Transformer LabelSmoothing module (explicit form): padding column and padding rows get 0.
import torch
import torch.nn as nn

class LabelSmoothing(nn.Module):
    def __init__(self, size, padding_idx, smoothing=0.0):
        super(LabelSmoothing, self).__init__()
        self.criterion = nn.KLDivLoss(reduction="sum")
        self.padding_idx = padding_idx
        self.confidence = 1.0 - smoothing
        self.smoothing = smoothing
        self.size = size
        self.true_dist = None

    def forward(self, x, target):
        true_dist = x.clone()
        true_dist.fill_(self.smoothing / (self.size - 2))
        true_dist.scatter_(1, target.unsqueeze(1), self.confidence)
        true_dist[:, self.padding_idx] = 0
        rows = torch.arange(target.size(0))[target == self.padding_idx]
        true_dist.index_fill_(0, rows, 0.0)
        self.true_dist = true_dist
        return self.criterion(x, true_dist.clone().detach())

crit = LabelSmoothing(5, 0, 0.4)
predict = torch.tensor([[0.05, 0.2, 0.6, 0.1, 0.05], [0.05, 0.2, 0.6, 0.1, 0.05],
                        [0.05, 0.2, 0.6, 0.1, 0.05], [0.05, 0.2, 0.6, 0.1, 0.05]])
loss = crit(x=predict.log(), target=torch.tensor([2, 1, 0, 3]))
print(crit.true_dist)
print(loss)
