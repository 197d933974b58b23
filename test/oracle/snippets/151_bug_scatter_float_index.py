# Bug: labels built as floats cannot index scatter_ ("scatter(): Expected dtype int64 for index").
# raises: RuntimeError
import torch

labels = torch.tensor([0.0, 2.0, 1.0])
q = torch.full((3, 3), 0.05)
q.scatter_(1, labels.unsqueeze(1), 0.9)
print(q)
