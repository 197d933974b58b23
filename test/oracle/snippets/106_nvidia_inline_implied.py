# NVIDIA's formula inline on a leaf with requires_grad: implied targets are uniform eps/K (divided by N).
# implied-targets: loss wrt logprobs
import torch

x = torch.tensor([[1.0, 3.0, 0.2], [2.5, -0.5, 0.0], [0.1, 0.1, 0.4], [-1.0, 2.0, 1.5]], requires_grad=True)
target = torch.tensor([1, 0, 2, 2])
confidence, smoothing = 0.8, 0.2
logprobs = torch.nn.functional.log_softmax(x, dim=-1)
nll_loss = -logprobs.gather(dim=-1, index=target.unsqueeze(1)).squeeze(1)
smooth_loss = -logprobs.mean(dim=-1)
loss = (confidence * nll_loss + smoothing * smooth_loss).mean()
print(loss)
