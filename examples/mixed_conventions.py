"""The "eps/K vs eps/(K-1)" bug: the true class gets 1 - eps, everyone gets eps/(K-1) on top.

Each row sums to 1 + eps/(K-1) = 1.0333 for K = 4, eps = 0.1, so the loss is not a cross-entropy against a
distribution. The linter's target-rows-not-normalized rule (LS001) reports it.
"""
import torch
import torch.nn.functional as F

K = 4
eps = 0.1
labels = torch.tensor([0, 2, 3])
targets = F.one_hot(labels, num_classes=K).float() * (1 - eps) + eps / (K - 1)
