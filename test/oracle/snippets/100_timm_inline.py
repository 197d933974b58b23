# timm LabelSmoothingCrossEntropy written inline: confidence*nll + smoothing*mean(-logprobs) implies eps/K targets.
# implied-targets: loss wrt logprobs
import torch
import torch.nn.functional as F

smoothing = 0.1
confidence = 1.0 - smoothing
x = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]], requires_grad=True)
target = torch.tensor([0, 2, 3])
logprobs = F.log_softmax(x, dim=-1)
nll_loss = -logprobs.gather(dim=-1, index=target.unsqueeze(1))
nll_loss = nll_loss.squeeze(1)
smooth_loss = -logprobs.mean(dim=-1)
loss = confidence * nll_loss + smoothing * smooth_loss
loss = loss.mean()
print(loss.item())
print(F.cross_entropy(x, target, label_smoothing=0.1).item())
