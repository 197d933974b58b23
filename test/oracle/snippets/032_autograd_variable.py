# torch.autograd.Variable, as older label-smoothing modules wrap their targets: since PyTorch 0.4 a tensor that
# shares the data's memory (a write through it is seen in the data), without its history, requiring grad only
# when asked; a list is refused.
import torch
from torch.autograd import Variable

true_dist = torch.full((2, 4), 0.1 / 3)
true_dist[0, 1] = 0.9
true_dist[1, 3] = 0.9
v = Variable(true_dist, requires_grad=False)
print(v, v.requires_grad)
v[0, 0], v[0, 1] = 0.9, 0.1 / 3
print(true_dist)
w = Variable(torch.tensor([1.0, 2.0]), requires_grad=True)
print(w, w.requires_grad)
x = torch.zeros(2, requires_grad=True)
print(Variable(x).requires_grad, Variable(torch.tensor([1, 2])))
Variable([1, 2])
