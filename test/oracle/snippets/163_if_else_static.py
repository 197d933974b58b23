# if/else on statically known values picks the smoothing branch or the plain one-hot branch.
import torch
import torch.nn.functional as F

def make_targets(labels, num_classes, smoothing=0.0):
    if smoothing > 0:
        targets = torch.full((labels.size(0), num_classes), smoothing / num_classes)
        targets.scatter_(1, labels.unsqueeze(1), 1.0 - smoothing + smoothing / num_classes)
    else:
        targets = F.one_hot(labels, num_classes).float()
    return targets

labels = torch.tensor([2, 1])
print(make_targets(labels, 3))
print(make_targets(labels, 3, smoothing=0.3))
mode = "train"
if mode == "eval":
    print("eval")
elif mode == "train":
    print("train")
else:
    print("other")
