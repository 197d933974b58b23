# Code under `if __name__ == "__main__":` runs (the snippet is the main module).
import torch
import torch.nn as nn

def main():
    criterion = nn.CrossEntropyLoss(label_smoothing=0.05)
    logits = torch.tensor([[0.0, 2.0, 0.5], [1.5, 0.5, 0.5]])
    labels = torch.tensor([1, 0])
    loss = criterion(logits, labels)
    print("loss =", loss.item())
    print(loss)

if __name__ == "__main__":
    main()
