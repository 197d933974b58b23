import torch.nn.functional as F


def masked_smoothed_loss(logits, labels, eps, pad):
    """Label-smoothed cross-entropy averaged over the non-padding positions only,
    like F.cross_entropy(logits, labels, ignore_index=pad, label_smoothing=eps)."""
    log_p = F.log_softmax(logits, dim=-1)
    nll = -log_p.gather(1, labels.unsqueeze(1)).squeeze(1)
    smooth = -log_p.mean(dim=-1)
    keep = labels != pad
    loss = (1 - eps) * nll + eps * smooth
    return (loss * keep).sum() / keep.sum()
