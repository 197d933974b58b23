# `import torch.nn.functional as F` next to `from torch import nn`; both reach the same functions.
import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([[0.4, 1.6, -0.2], [2.2, 0.1, 0.3]])
y = torch.tensor([1, 0])
print(F.cross_entropy(x, y, label_smoothing=0.1))
print(nn.functional.cross_entropy(x, y, label_smoothing=0.1))
print(torch.nn.functional.log_softmax(x, dim=1))
