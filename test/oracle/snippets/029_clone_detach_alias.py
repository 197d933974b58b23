# Plain assignment aliases a tensor (in-place ops show through both names); clone() and detach().clone() copy.
import torch

a = torch.zeros(2, 3)
b = a
b.fill_(0.5)
print(a)
c = a.clone()
c[0, 0] = 1.0
print(a[0, 0], c[0, 0])
logits = torch.tensor([[1.0, 2.0, 3.0]], requires_grad=True)
frozen = logits.detach().clone()
frozen[0, 1] = 0.0
print(frozen)
print(logits.detach())
