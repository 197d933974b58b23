# arange with start/stop/step, float steps and dtype, and the row-index idiom torch.arange(N).
import torch

print(torch.arange(1, 7, 2))
print(torch.arange(0.0, 1.0, 0.25))
print(torch.arange(4, dtype=torch.float32))
print(torch.arange(6).view(2, 3))
print(torch.arange(3).float() / 3)
rows = torch.arange(3)
print(rows.dtype, rows.shape)
