"""The three label-smoothing conventions in use. Each is correct: every target row sums to 1."""
import torch
import torch.nn as nn
import torch.nn.functional as F

K = 4
EPS = 0.1
PAD = 0

torch.manual_seed(0)
logits = torch.randn(3, K)
labels = torch.tensor([0, 2, 3])

# Uniform mix (eps/K): what nn.CrossEntropyLoss(label_smoothing=eps) does.
criterion = nn.CrossEntropyLoss(label_smoothing=EPS)
loss_uniform = criterion(logits, labels)


# Off-target (eps/(K-1)): the "fill_ then scatter_" idiom of fairseq and ESPnet.
def off_target_targets(labels, num_classes, eps):
    targets = torch.empty(labels.size(0), num_classes)
    targets.fill_(eps / (num_classes - 1))
    targets.scatter_(1, labels.unsqueeze(1), 1.0 - eps)
    return targets


loss_off_target = F.cross_entropy(logits, off_target_targets(labels, K, EPS))


# Padding excluded (eps/(K-2)): the Annotated Transformer's LabelSmoothing.
def padding_excluded_targets(labels, num_classes, eps, padding_idx):
    targets = torch.full((labels.size(0), num_classes), eps / (num_classes - 2))
    targets.scatter_(1, labels.unsqueeze(1), 1.0 - eps)
    targets[:, padding_idx] = 0
    targets[labels == padding_idx] = 0
    return targets


mt_labels = torch.tensor([1, 2, 3])
log_probs = F.log_softmax(logits, dim=-1)
loss_padding = F.kl_div(log_probs, padding_excluded_targets(mt_labels, K, EPS, PAD), reduction="batchmean")
