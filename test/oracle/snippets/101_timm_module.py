# timm's LabelSmoothingCrossEntropy module; equals nn.CrossEntropyLoss(label_smoothing=0.1).
import torch
import torch.nn as nn
import torch.nn.functional as F

class LabelSmoothingCrossEntropy(nn.Module):
    """ NLL loss with label smoothing. """
    def __init__(self, smoothing=0.1):
        super(LabelSmoothingCrossEntropy, self).__init__()
        self.smoothing = smoothing
        self.confidence = 1. - smoothing

    def forward(self, x: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        logprobs = F.log_softmax(x, dim=-1)
        nll_loss = -logprobs.gather(dim=-1, index=target.unsqueeze(1))
        nll_loss = nll_loss.squeeze(1)
        smooth_loss = -logprobs.mean(dim=-1)
        loss = self.confidence * nll_loss + self.smoothing * smooth_loss
        return loss.mean()

criterion = LabelSmoothingCrossEntropy(smoothing=0.1)
x = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
target = torch.tensor([0, 2, 3])
print(criterion(x, target))
print(nn.CrossEntropyLoss(label_smoothing=0.1)(x, target))
