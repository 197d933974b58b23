# A device prints as its name but shows as device(...) inside a list, in repr() and in an f-string's !r
import torch

device = torch.device('cpu')
x = torch.zeros(2).to(device)
print(device, x.device)
print(repr(device), repr(torch.device('cuda', 1)))
print([torch.device('cuda:0'), x.device])
print(f'{device!r} on {device}')
print((torch.device(0),))
