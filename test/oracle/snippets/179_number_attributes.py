# The number attributes training code asks (Python 3.11): eps.is_integer(), num_classes.bit_length(), .real and
# .imag of an int, a float and a bool; the smoothed targets computed after them are still previewed
import torch

num_classes = 10
eps = 0.1
bits = num_classes.bit_length()
whole = (num_classes * eps).is_integer()
print(bits, whole, (2.5).is_integer(), (-5).bit_length(), (0).bit_length(), True.bit_length())
print(eps.real, eps.imag, num_classes.real, num_classes.imag, num_classes.numerator, num_classes.denominator, True.real)
print(eps.conjugate(), num_classes.conjugate())
labels = torch.tensor([3, 7])
targets = torch.full((2, num_classes), eps / num_classes)
targets[torch.arange(2), labels] += 1 - eps
print(targets.sum(dim=1), targets[0, 3])
