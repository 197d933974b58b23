import torch


def smoothed_targets(target, eps, size, padding_idx):
    """Targets for a translation model, with the padding token excluded from smoothing:
    1 - eps on the true token, eps / (size - 2) on the others, 0 on padding.
    Rows whose target is padding are all zero: they are not trained on."""
    true_dist = torch.full((target.size(0), size), eps / (size - 2))
    true_dist.scatter_(1, target.unsqueeze(1), 1 - eps)
    true_dist[:, padding_idx] = 0
    true_dist[target == padding_idx] = 0
    return true_dist
