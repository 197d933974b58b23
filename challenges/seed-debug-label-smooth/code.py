import torch

def label_smooth(targets, smoothing=0.1, num_classes=5):
    smooth_val = smoothing / num_classes
    one_hot = torch.zeros(targets.size(0), num_classes)
    one_hot.scatter_(1, targets.unsqueeze(1), 1.0)
    return one_hot * (1 - smoothing) + smooth_val

targets = torch.tensor([1, 3, 4])
smoothed = label_smooth(targets)
print(smoothed)
