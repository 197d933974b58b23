# The str methods smoothing code calls on names and options run as in Python, and the smoothing after them too
import torch
import torch.nn.functional as F

mode = 'Uniform'
print(mode.lower(), mode.upper(), mode.startswith('Uni'), mode.endswith(('x', 'rm')))
print('cuda:0'.startswith('cuda'), torch.device('cuda', 1).type, torch.device('cuda', 1).index, torch.device('cpu').index)


def smooth(labels, num_classes=4, eps=0.1, kind='UNIFORM'):
    if kind.lower() == 'uniform':
        return F.one_hot(labels, num_classes).float() * (1 - eps) + eps / num_classes
    return F.one_hot(labels, num_classes).float()


print(smooth(torch.tensor([0, 2])))
print(smooth(torch.tensor([1]), kind='none'))
