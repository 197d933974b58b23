# Bug: kl_div reduction='mean' divides by N*K (not N) and PyTorch warns; 'batchmean' is the KL divergence.
# warns
import torch
import torch.nn.functional as F

log_probs = F.log_softmax(torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5]]), dim=1)
q = torch.tensor([[0.925, 0.025, 0.025, 0.025], [0.025, 0.025, 0.925, 0.025]])
mean = F.kl_div(log_probs, q, reduction='mean')
batchmean = F.kl_div(log_probs, q, reduction='batchmean')
print(mean, batchmean)
print(batchmean / mean)
