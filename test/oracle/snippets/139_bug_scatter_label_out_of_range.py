# Bug: a label >= K in scatter_ raises "index 4 is out of bounds for dimension 1 with size 4".
# raises: RuntimeError
import torch

def smooth_labels(labels, smoothing=0.1, num_classes=4):
    one_hot = torch.zeros(labels.size(0), num_classes)
    one_hot.scatter_(1, labels.unsqueeze(1), 1.0)
    return one_hot * (1 - smoothing) + smoothing / num_classes

print(smooth_labels(torch.tensor([0, 2, 3])))
print(smooth_labels(torch.tensor([1, 4, 0])))
