# Method and in-place forms add/sub/mul/div (+ their _ versions) and augmented assignment on tensors.
import torch

t = torch.tensor([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]])
print(t.mul(0.9).add(0.025))
print(t.sub(0.5).div(2))
print(torch.add(t, 1), torch.mul(t, 3).sum())
s = t.clone()
s.mul_(0.8)
s.add_(0.05)
print(s)
s.sub_(0.05).div_(0.8)
print(s)
u = t.clone()
u *= 0.9
u += 0.1 / 4
print(u)
u -= 0.025
u /= 0.9
print(u)
print(torch.div(t, 4), torch.sub(t, t))
