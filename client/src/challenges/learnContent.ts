// The Why and Deep dive texts of the challenge panel. They are written in learn/why.md and learn/deep-dive.md
// (edit those); the strings below are exact copies, because neither tsc nor the webview bundle can import a .md
// file. test/unit/learnContent.test.ts fails when a copy differs from its file.

export const WHY_MARKDOWN = `# Why label smoothing?

A classifier trained with cross-entropy on **one-hot targets** is rewarded for making the right logit ever larger
than the others: the loss only reaches 0 when the model is *certain*. Modern networks follow that pull and become
**overconfident**: among predictions made with 99% confidence, far fewer than 99% are right.

**Label smoothing** trains on a softened target instead: the true class keeps most of the probability and a small
share ε is spread over the classes. With ε = 0.1 and K = 4 classes the target row becomes
\`[0.925, 0.025, 0.025, 0.025]\` instead of \`[1, 0, 0, 0]\`.

## What it is for

- **Less overconfidence, better calibration**: predicted probabilities stay closer to how often the model is
  right (Müller, Kornblith and Hinton, 2019).
- **Regularisation**: the logits no longer grow without bound, which often improves accuracy a little.
- **Where it is used**: image classification (Inception-v3 introduced it, ε = 0.1 on ImageNet), machine
  translation (the Transformer, ε = 0.1: worse perplexity, better BLEU), speech recognition, large vocabularies.

## When it hurts

- **Too much smoothing underfits**: useful values are small (0.05 to 0.2); ε of 0.5 or more rarely helps.
- **Distillation**: teachers trained with smoothing, although more accurate, make worse students: their wrong-class
  probabilities carry less information.
- **Reported metrics**: a loss computed with smoothing on is higher and not comparable to one without it. Report
  validation loss and perplexity with \`label_smoothing=0\`.

## In PyTorch

\`\`\`python
criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
loss = criterion(logits, labels)  # labels: class indices
\`\`\`

The training loss goes **up** with smoothing: even a perfect model cannot reach 0, because the target is not one-hot.
`;

export const DEEP_DIVE_MARKDOWN = `# Deep dive: the math of label smoothing

With K classes, smoothing ε, true class y, logits z and probabilities p = softmax(z), cross-entropy against a
target row q is

\`\`\`text
loss = − Σ_c q_c · log p_c
\`\`\`

One-hot targets put q_y = 1. Label smoothing moves ε of that mass to other classes. Every row must still sum
to 1.

## Three conventions, all correct when used consistently

| convention | true class q_y | each other class | used by |
| --- | --- | --- | --- |
| uniform ε/K | 1 − ε + ε/K | ε/K | Szegedy et al. 2016, \`nn.CrossEntropyLoss(label_smoothing=ε)\`, Keras, timm |
| off-target ε/(K−1) | 1 − ε | ε/(K−1) | fairseq, ESPnet, the \`fill_\` then \`scatter_\` idiom |
| padding excluded ε/(K−2) | 1 − ε | ε/(K−2), 0 in the padding column | the Annotated Transformer |

- **Uniform**: mix the one-hot row with the uniform distribution: q = (1 − ε)·one_hot + ε/K. For K = 4, ε = 0.1:
  \`[0.925, 0.025, 0.025, 0.025]\`.
- **Off-target**: the true class keeps 1 − ε and the other K − 1 classes share ε.
- **Padding excluded**: for sequence models with a padding token, neither the true class nor the padding column
  gets a share, so ε is spread over K − 2 columns; rows whose target is padding are all 0.

Uniform and off-target are one family: uniform with ε equals off-target with ε′ = ε(K − 1)/K (K = 4, ε = 0.1 gives
ε′ = 0.075 and the same 0.925 / 0.025 row).

**The classic bug** mixes them: 1 − ε on the true class but ε/K elsewhere (rows sum to 1 − ε/K), or ε/(K − 1)
added to every class of (1 − ε)·one_hot (rows sum to 1 + ε/(K − 1)).

## What PyTorch computes

With class-index targets, \`F.cross_entropy(z, y, weight=w, ignore_index=i, label_smoothing=ε)\` computes per row

\`\`\`text
loss_i = (1 − ε) · w[y_i] · (−log p_i,y_i)
       + (ε/K) · Σ_c w_c · (−log p_i,c)
\`\`\`

- Rows whose target equals \`ignore_index\` contribute 0.
- \`reduction='mean'\` divides by Σ w[y_i] over the rows not ignored (their count without weights).
- With class weights the smoothing term is weighted per column, so weights reshape the smoothed distribution.

With **probability targets** (a float tensor shaped like the logits), PyTorch smooths them too:
t′ = (1 − ε)·t + ε/K and loss_i = −Σ_c w_c · t′_c · log p_i,c; \`mean\` divides by the number of rows, and
\`ignore_index\` is not allowed. Targets you smoothed by hand are then smoothed a **second** time, silently.

Example: labels \`[0, 2, 3]\`, K = 4, ε = 0.1 and the logits of \`torch.manual_seed(0); torch.randn(3, 4)\` give a
loss of 0.8995 with \`label_smoothing=0.1\` and 0.8025 without; off-target targets give 0.9319.

## Binary targets

With one sigmoid output (\`BCEWithLogitsLoss\`, which has no \`label_smoothing\` argument) the two-class uniform mix is

\`\`\`text
y_smooth = y · (1 − ε) + ε / 2
\`\`\`

so with ε = 0.1 positives become 0.95 and negatives 0.05.

## Related losses

- Cross-entropy with soft targets equals KL(q ‖ p) plus the entropy of q: same gradients, a different value.
- \`nn.KLDivLoss\` takes **log**-probabilities as input and needs \`reduction='batchmean'\` to be the KL divergence.
- \`nn.NLLLoss\` takes class indices only; soft targets need cross-entropy.

## Choosing ε

Start at 0.1 and tune between 0.05 and 0.2. With the off-target convention the true class stops being the
largest target at ε = (K − 1)/K; underfitting starts long before that.
`;
