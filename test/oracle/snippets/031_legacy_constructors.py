# torch.Tensor / FloatTensor / DoubleTensor / LongTensor: integers are sizes, a list or tuple is data; the
# one-hot of older smoothing code (`torch.Tensor(n, 1).fill_(1 - eps)` scattered into zeros, then + eps/K).
import torch

print(torch.Tensor([1, 2]), torch.Tensor([1, 2]).dtype)
print(torch.Tensor([[0.5, 1], [2, 3]]))
print(torch.Tensor(2, 3).fill_(0.5))
print(torch.Tensor(torch.zeros(2, 1).size()).fill_(1))
print(torch.Tensor(), torch.Tensor((3, 4)))
print(torch.FloatTensor(2).zero_(), torch.DoubleTensor([0.1]))
print(torch.LongTensor([[0], [2]]), torch.LongTensor(2).fill_(3), torch.LongTensor([1.7, -2.5]))
eps, k = 0.1, 4
labels = torch.LongTensor([[0], [2], [3]])
one_hot = torch.zeros(3, k)
one_hot.scatter_add_(1, labels, torch.Tensor(3, 1).fill_(1 - eps))
one_hot += eps / k
print(one_hot)
print(torch.Tensor(2.0))
