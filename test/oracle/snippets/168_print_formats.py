# print with several arguments, strings, ints, floats, None, sep=, torch.Size and dtypes.
import torch

q = torch.tensor([[0.925, 0.025, 0.025, 0.025]])
eps, K = 0.1, 4
print("eps:", eps, "K:", K)
print("shape", q.shape, "dtype", q.dtype)
print(q.size(1), q.dim(), sep=", ")
print(eps / K, 1 - eps + eps / K)
print("sum =", q.sum().item())
print(None, True, 3 / 4, 7 // 2)
print(q[0, 0].item(), q.sum())
print()
print("done")
