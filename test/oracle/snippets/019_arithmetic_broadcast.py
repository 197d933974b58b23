# Operators with scalars and broadcasting (+ - * / and reflected forms, unary minus) and comparisons.
import torch

one_hot = torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
col = torch.tensor([[2.0], [4.0]])
row = torch.tensor([1.0, 2.0, 3.0])
print(one_hot * 0.9 + 0.1 / 3)
print(1 - one_hot)
print(-one_hot)
print(one_hot / col)
print(row - col)
print(2 / row)
print(one_hot + row * col)
print(row > 1.5, row <= 2, row != 2.0)
print(one_hot == 1)
print(row >= col)
