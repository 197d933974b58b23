# new_zeros / new_ones / new_full / new_tensor keep the source tensor's dtype unless told otherwise.
import torch

logits = torch.tensor([[0.2, 1.0, -0.4, 0.3], [1.1, -0.2, 0.5, 0.0]])
labels = torch.tensor([1, 3])
targets = logits.new_zeros(logits.size())
print(targets)
print(logits.new_ones(2))
print(logits.new_full((2, 4), 0.1 / 4))
print(labels.new_zeros(3))
print(labels.new_full((2,), -100))
print(logits.new_tensor([0.9, 0.05]))
print(labels.new_ones((2, 2), dtype=torch.float32))
