# float()/long()/to(dtype) conversions, and the dtype that comparisons and int/int division produce.
import torch

labels = torch.tensor([0, 2, 3])
probs = torch.tensor([0.9, 0.06, 2.7])
print(labels.float())
print(probs.long())
print(labels.to(torch.float64))
print(probs.to(dtype=torch.float64).dtype)
print(labels.to(probs.dtype))
print((labels == 2), (labels == 2).dtype)
print((labels == 2).float())
print(labels / 2)
print(labels * 2, (labels * 0.5).dtype)
print(labels.float().long().dtype)
