# Hugging Face LabelSmoother: -100 labels masked, smoothing term divided by active tokens * V (uniform eps/K).
# implied-targets: loss wrt lp
import torch
import torch.nn.functional as F

epsilon, ignore_index = 0.1, -100
logits = torch.tensor([[0.5, 2.0, 0.1, -0.3], [0.0, 0.4, 1.8, 0.2], [1.0, 0.0, 0.0, 0.0], [0.2, 0.1, 0.3, 2.5]],
                      requires_grad=True)
labels = torch.tensor([1, 2, -100, 3])
lp = F.log_softmax(logits, dim=-1)
log_probs = -lp
labels = labels.unsqueeze(-1)
padding_mask = labels == ignore_index
labels = torch.clamp(labels, min=0)
nll_loss = log_probs.gather(dim=-1, index=labels)
smoothed_loss = log_probs.sum(dim=-1, keepdim=True)
nll_loss.masked_fill_(padding_mask, 0.0)
smoothed_loss.masked_fill_(padding_mask, 0.0)
num_active_elements = padding_mask.size(0) - padding_mask.long().sum()
nll_loss = nll_loss.sum() / num_active_elements
smoothed_loss = smoothed_loss.sum() / (num_active_elements * log_probs.shape[-1])
loss = (1 - epsilon) * nll_loss + epsilon * smoothed_loss
print(loss.item())
print(num_active_elements)
