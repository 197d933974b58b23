def smooth_binary(y, eps):
    """Label smoothing for one sigmoid output (BCEWithLogitsLoss targets):
    positives become 1 - eps / 2, negatives eps / 2."""
    return y * (1 - eps) + eps / 2
