# Seed numbers: explicit uniform targets one_hot*(1-eps)+eps/K as probability targets equal label_smoothing=0.1.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(3, 4)
labels = torch.tensor([0, 2, 3])

soft = F.one_hot(labels, 4).float() * 0.9 + 0.1 / 4
explicit = F.cross_entropy(logits, soft)
builtin = F.cross_entropy(logits, labels, label_smoothing=0.1)
print(explicit, builtin)
print((explicit - builtin).abs() < 1e-6)
