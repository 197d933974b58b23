# softmax/log_softmax in F, torch and method forms, log/exp, and logsumexp as log_softmax's normaliser.
import torch
import torch.nn.functional as F

x = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.5]])
p = F.softmax(x, dim=1)
print(p)
print(p.sum(dim=1))
print(torch.softmax(x, dim=-1))
lp = x.log_softmax(dim=-1)
print(lp)
print(torch.log_softmax(x, 1))
print(torch.logsumexp(x, dim=1))
print(x - x.logsumexp(dim=1, keepdim=True))
print(p.log())
print(torch.exp(lp))
print(torch.log(torch.tensor([1.0, 0.5, 0.0])))
print(x.exp().sum(1).log())
