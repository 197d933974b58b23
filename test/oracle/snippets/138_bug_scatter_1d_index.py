# Bug: scatter_ with a 1-D index on a 2-D tensor (missing unsqueeze(1)) raises.
# raises: RuntimeError
import torch

labels = torch.tensor([0, 2, 3])
true_dist = torch.zeros(3, 4)
true_dist.fill_(0.1 / 3)
true_dist.scatter_(1, labels, 0.9)
print(true_dist)
