# Bug: fractional smoothing values written in place into F.one_hot's int64 targets. PyTorch truncates each to 0
# without an error (an in-place arithmetic op would raise instead), so the targets keep no smoothing mass.
import torch
import torch.nn.functional as F

K, eps = 4, 0.1
y = torch.tensor([0, 1, 3])
q = F.one_hot(y, K)
q[q == 0] = eps / (K - 1)
print(q)
r = F.one_hot(y, K)
r.fill_(eps / K)
print(r)
s = F.one_hot(y, K).masked_fill_(F.one_hot(y, K) == 0, eps / K)
print(s)
t = F.one_hot(y, K)
t.scatter_(1, y.unsqueeze(1), 1 - eps)
t.index_fill_(1, torch.tensor([2]), eps)
print(t, t.dtype)
