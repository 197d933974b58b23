# Seq2seq: (B, T, V) logits flattened with view(-1, V), padding label ignored, label_smoothing on.
import torch
import torch.nn as nn

pad_id = 0
logits = torch.tensor([[[0.5, 2.0, 0.1, -0.3], [0.0, 0.4, 1.8, 0.2], [1.0, 0.0, 0.0, 0.0]],
                       [[0.2, 0.1, 0.3, 2.5], [0.9, 0.2, 0.4, 0.1], [0.3, 0.3, 0.3, 0.3]]])
labels = torch.tensor([[1, 2, 0], [3, 1, 0]])
vocab_size = logits.size(-1)
criterion = nn.CrossEntropyLoss(ignore_index=pad_id, label_smoothing=0.1)
loss = criterion(logits.view(-1, vocab_size), labels.view(-1))
print(loss)
print(logits.view(-1, vocab_size).shape, labels.reshape(-1))
