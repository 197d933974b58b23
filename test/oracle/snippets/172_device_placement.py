# torch.device and .to(device): placement changes no value, so targets built on a device print as on the CPU
import torch
import torch.nn.functional as F

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
labels = torch.tensor([0, 2, 1]).to(device)
targets = F.one_hot(labels, num_classes=4).float().to(device) * 0.9 + 0.1 / 4
print(targets)
print(targets.sum(dim=1))
print(str(device), str(torch.device('cpu', 0)), str(torch.device('cuda:1')), str(torch.device(0)))
