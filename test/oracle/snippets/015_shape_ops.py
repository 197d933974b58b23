# unsqueeze/squeeze/view/reshape/transpose and size()/shape/dim() on a batch of logits.
import torch

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5], [-0.2, 0.4, 2.2, 1.0]])
labels = torch.tensor([0, 2, 3])
print(logits.size(), logits.shape, logits.dim())
print(logits.size(0), logits.size(-1), logits.shape[1])
print(labels.unsqueeze(1))
print(labels.unsqueeze(1).shape, labels.unsqueeze(0).shape)
print(labels.unsqueeze(1).squeeze(1))
print(torch.zeros(3, 1, 4).squeeze().shape)
print(logits.view(2, 6))
print(logits.reshape(-1))
print(logits.view(-1, 2).shape)
print(logits.transpose(0, 1))
print(torch.unsqueeze(labels, -1).shape)
