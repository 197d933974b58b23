# OpenNMT-py (pre-2022) LabelSmoothingLoss: eps/(K-2) template row in a buffer, padding column 0, pad rows 0.
import torch
import torch.nn as nn
import torch.nn.functional as F

class LabelSmoothingLoss(nn.Module):
    def __init__(self, label_smoothing, tgt_vocab_size, ignore_index=-100):
        self.ignore_index = ignore_index
        super(LabelSmoothingLoss, self).__init__()
        smoothing_value = label_smoothing / (tgt_vocab_size - 2)
        one_hot = torch.full((tgt_vocab_size,), smoothing_value)
        one_hot[self.ignore_index] = 0
        self.register_buffer('one_hot', one_hot.unsqueeze(0))
        self.confidence = 1.0 - label_smoothing

    def forward(self, output, target):
        model_prob = torch.zeros(target.size(0), self.one_hot.size(1)) + self.one_hot
        model_prob.scatter_(1, target.unsqueeze(1), self.confidence)
        model_prob.masked_fill_((target == self.ignore_index).unsqueeze(1), 0)
        return F.kl_div(output, model_prob, reduction='sum')

criterion = LabelSmoothingLoss(0.1, 6, ignore_index=1)
print(criterion.one_hot)
output = F.log_softmax(torch.tensor([[0.3, 0.0, 2.1, -0.4, 0.6, 0.2], [1.2, 0.0, 0.1, 0.1, -0.9, 0.4],
                                     [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]), dim=-1)
target = torch.tensor([2, 0, 1])
print(criterion(output, target))
