import torch
import torch.nn.functional as F

labels = torch.tensor([0, 1, 2, 3])
know_nothing = torch.zeros(4, 4)
confident = torch.tensor([[10.0, 0.0, 0.0, 0.0],
                          [0.0, 10.0, 0.0, 0.0],
                          [0.0, 0.0, 10.0, 0.0],
                          [0.0, 0.0, 0.0, 10.0]])

for name, logits in [("know-nothing", know_nothing), ("confident", confident)]:
    plain = F.cross_entropy(logits, labels)
    smoothed = F.cross_entropy(logits, labels, label_smoothing=0.1)
    print(f"{name}: {plain.item():.4f} {smoothed.item():.4f}")
