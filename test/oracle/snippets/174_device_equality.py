# A device equals a device of the same name, never its name as a str: `x.device == 'cuda'` is always False
import torch

device = torch.device('cpu')
x = torch.zeros(2)
print(device == 'cpu', 'cpu' == device, device != 'cpu')
print(x.device == device, x.device == 'cpu', x.device == torch.device('cpu'))
print(torch.device('cuda', 1) == torch.device('cuda:1'), torch.device('cuda', 1) == 'cuda:1')
print(device in ['cpu', 'cuda'], device in [torch.device('cpu')])
print(str(device) == 'cpu', x.device.type == 'cpu')
