import torch.nn.functional as F

EPS = 0.1


def training_loss(logits, labels):
    return F.cross_entropy(logits, labels, label_smoothing=EPS)


def validation_nll(logits, labels):
    """The negative log-likelihood reported for the validation set."""
    return F.cross_entropy(logits, labels, label_smoothing=EPS)
