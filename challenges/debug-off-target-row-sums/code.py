import torch

def smooth(labels, eps=0.1, K=4):
    """Off-target smoothing: 1 - eps on the label, eps / (K - 1) elsewhere."""
    one_hot = torch.zeros(labels.size(0), K)
    one_hot.scatter_(1, labels.unsqueeze(1), 1.0)
    return one_hot * (1 - eps) + eps / (K - 1)

targets = smooth(torch.tensor([0, 2, 3]))
print(targets.sum(dim=1))
