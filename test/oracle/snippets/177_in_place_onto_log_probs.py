# In-place operations whose operand, not self, is log-probabilities: the tensor they change shows its real values
# (add_, mul_, `+=` onto zeros and ones), and the loss built from them implies the smoothed targets
# implied-targets: loss wrt log_probs
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0, 0.1], [0.3, 1.2, 0.0, -0.4]], requires_grad=True)
log_probs = F.log_softmax(logits, dim=-1)
eps = 0.1
targets = torch.full((2, 4), eps / 4)
targets[torch.arange(2), torch.tensor([0, 2])] += 1 - eps

per_class = torch.zeros(2, 4)
per_class.add_(log_probs)
print(per_class)
terms = torch.ones(2, 4)
terms.mul_(log_probs)
terms *= targets
print(terms)
totals = torch.zeros(2)
totals += terms.sum(dim=-1)
print(totals)
loss = -totals.mean()
print(loss)
