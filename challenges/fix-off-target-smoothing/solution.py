import torch


def smooth_targets(labels, eps, num_classes):
    """Off-target label smoothing (fairseq, ESPnet): 1 - eps on the label and
    eps / (num_classes - 1) on every other class. Rows sum to 1."""
    targets = torch.full((labels.size(0), num_classes), eps / (num_classes - 1))
    targets.scatter_(1, labels.unsqueeze(1), 1 - eps)
    return targets
