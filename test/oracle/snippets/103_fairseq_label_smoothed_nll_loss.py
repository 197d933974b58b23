# fairseq label_smoothed_nll_loss: eps_i = eps/(V-1), (1-eps-eps_i)*nll + eps_i*smooth, padding masked.
# implied-targets: loss wrt lprobs
import torch

def label_smoothed_nll_loss(lprobs, target, epsilon, ignore_index=None, reduce=True):
    if target.dim() == lprobs.dim() - 1:
        target = target.unsqueeze(-1)
    nll_loss = -lprobs.gather(dim=-1, index=target)
    smooth_loss = -lprobs.sum(dim=-1, keepdim=True)
    if ignore_index is not None:
        pad_mask = target == ignore_index
        nll_loss.masked_fill_(pad_mask, 0.0)
        smooth_loss.masked_fill_(pad_mask, 0.0)
    else:
        nll_loss = nll_loss.squeeze(-1)
        smooth_loss = smooth_loss.squeeze(-1)
    if reduce:
        nll_loss = nll_loss.sum()
        smooth_loss = smooth_loss.sum()
    eps_i = epsilon / (lprobs.size(-1) - 1)
    loss = (1.0 - epsilon - eps_i) * nll_loss + eps_i * smooth_loss
    return loss, nll_loss

logits = torch.tensor([[0.5, 2.0, 0.1, -0.3, 0.0], [0.0, 0.4, 1.8, 0.2, 0.1], [1.0, 0.0, 0.0, 0.0, 0.3],
                       [0.2, 0.1, 0.3, 2.5, -1.0]], requires_grad=True)
target = torch.tensor([1, 2, 0, 4])
lprobs = torch.log_softmax(logits, dim=-1)
loss, nll_loss = label_smoothed_nll_loss(lprobs, target, 0.1, ignore_index=0)
print(loss.item(), nll_loss.item())
