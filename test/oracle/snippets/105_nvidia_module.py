# NVIDIA DeepLearningExamples LabelSmoothing (uniform eps/K through mean over classes).
import torch
import torch.nn as nn

class LabelSmoothing(nn.Module):
    """
    NLL loss with label smoothing.
    """
    def __init__(self, smoothing=0.0):
        super(LabelSmoothing, self).__init__()
        self.confidence = 1.0 - smoothing
        self.smoothing = smoothing

    def forward(self, x, target):
        logprobs = torch.nn.functional.log_softmax(x, dim=-1)

        nll_loss = -logprobs.gather(dim=-1, index=target.unsqueeze(1))
        nll_loss = nll_loss.squeeze(1)
        smooth_loss = -logprobs.mean(dim=-1)
        loss = self.confidence * nll_loss + self.smoothing * smooth_loss
        return loss.mean()

x = torch.tensor([[1.0, 3.0, 0.2], [2.5, -0.5, 0.0], [0.1, 0.1, 0.4], [-1.0, 2.0, 1.5]])
target = torch.tensor([1, 0, 2, 2])
criterion = LabelSmoothing(smoothing=0.2)
print(criterion(x, target))
