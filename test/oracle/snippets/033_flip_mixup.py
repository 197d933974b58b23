# flip (method and torch.flip): reverses along each dim given, one by one or as a sequence; mixup mixes smoothed
# targets with their own rows flipped (timm's mixup_target: y1 * lam + y1.flip(0) * (1 - lam)).
import torch

x = torch.arange(6).view(2, 3)
print(x.flip(0), x.flip(1), x.flip(0, 1), x.flip([0]), x.flip((1,)), x.flip(-1), x.flip(dims=[1]))
print(torch.flip(x, [0]), torch.flip(x, (0, 1)), torch.flip(x, dims=[1]))
eps, k, lam = 0.1, 4, 0.7
labels = torch.tensor([0, 3, 1])
y = torch.full((3, k), eps / k).scatter_(1, labels.unsqueeze(1), 1 - eps + eps / k)
mixed = y * lam + y.flip(0) * (1 - lam)
print(mixed, mixed.sum(1))
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print(w.flip(0), torch.flip(w, [0]))
print(x.flip(0, 0))
