import torch


def smooth_targets(labels, eps, num_classes):
    """Off-target label smoothing (fairseq, ESPnet): 1 - eps on the label and
    eps / (num_classes - 1) on every other class. Rows sum to 1."""
    one_hot = torch.zeros(labels.size(0), num_classes)
    one_hot.scatter_(1, labels.unsqueeze(1), 1.0)
    return one_hot * (1 - eps) + eps / (num_classes - 1)
