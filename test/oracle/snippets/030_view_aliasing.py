# Views share storage: writing through a row, a column slice or view(-1) changes the original tensor.
import torch

q = torch.full((3, 4), 0.025)
row = q[1]
row.fill_(0.0)
print(q)
col = q[:, 0]
col += 1.0
print(q)
flat = q.view(-1)
flat[11] = 9.0
print(q[2])
