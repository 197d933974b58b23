import torch

def smooth_labels(labels, smoothing=0.1, num_classes=4):
    with torch.no_grad():
        smooth_value = smoothing / num_classes
        one_hot = torch.zeros(labels.size(0), num_classes)
        one_hot.scatter_(1, labels.unsqueeze(1), 1.0)
        return one_hot * (1 - smoothing) + smooth_value

labels = torch.tensor([0, 2, 3])
smoothed = smooth_labels(labels)
print(smoothed)
