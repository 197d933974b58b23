// Visualize mode: the target row one label gets under a smoothing convention, and the loss of some example
// logits against it, computed by the tensor library exactly as PyTorch computes this program (float32, ATen's
// summation and softmax order), and printed as PyTorch prints it:
//
//   targets = torch.full((K,), off_label)      # uniform: ε/K          off-target: ε/(K−1)
//   targets[label] = on_label                  # uniform: 1 − ε + ε/K  off-target: 1 − ε
//   print(targets); print(targets.sum())
//   logits = torch.tensor(exampleLogits(K, label))
//   print(F.softmax(logits, dim=0))
//   print(F.cross_entropy(logits, targets))              # the loss with these targets
//   print(F.cross_entropy(logits, torch.tensor(label)))  # the loss without smoothing
//
// test/challenges/visualize.pytorch.test.ts runs that program in real PyTorch and compares.
import { crossEntropy } from '../tensor/losses/crossEntropy';
import { formatTensor } from '../tensor/format/formatTensor';
import { sum } from '../tensor/reductions';
import { softmax } from '../tensor/softmax';
import { readValues, scalarTensor, type Tensor, tensorFromValues } from '../tensor/tensor';
import { formatNumber } from '../analysis/formatNumber';
import { checkVisualizationRequest, VisualizationRequest } from './visualizationRequest';

export * from './visualizationRequest';

/** The targets and loss for the request. */
export interface Visualization {
  readonly request: VisualizationRequest;
  /** The target row q (K values, float32 widened exactly). */
  readonly targets: readonly number[];
  /** How PyTorch prints the target row. */
  readonly targetsPrinted: string;
  readonly rowSum: number;
  /** The example logits the loss is computed for (K values), and their softmax. */
  readonly logits: readonly number[];
  readonly probabilities: readonly number[];
  /** Cross-entropy of the logits against the targets, and without smoothing, as PyTorch prints them. */
  readonly loss: string;
  readonly lossWithoutSmoothing: string;
  /** What the convention is and which built-in loss computes the same. */
  readonly convention: string;
}

/** The logit of the true class: clearly the favourite, so the picture shows what smoothing takes from it. */
export const LABEL_LOGIT = 2;

/**
 * Example logits: LABEL_LOGIT on the label, and on class c ≠ label the gentle repeating pattern −0.5, 0, 0.5
 * (by c mod 3), so the wrong classes differ a little and the softmax is not flat. All exact in float32.
 */
export function exampleLogits(classes: number, label: number): number[] {
  return Array.from({ length: classes }, (_, c) => (c === label ? LABEL_LOGIT : 0.5 * ((c % 3) - 1)));
}

/** Throws InvalidVisualizationRequest when the request is out of range (see checkVisualizationRequest). */
export function visualize(input: VisualizationRequest): Visualization {
  const request = checkVisualizationRequest(input);
  const { epsilon, classes, label } = request;
  const { onLabel, offLabel } = targetValues(request);
  const targets = tensorFromValues('float32', [classes], Float64Array.from({ length: classes }, (_, c) => (c === label ? onLabel : offLabel)));
  const logits = tensorFromValues('float32', [classes], Float64Array.from(exampleLogits(classes, label)));
  const lossOptions = { ignoreIndex: -100, reduction: 'mean', labelSmoothing: 0 } as const;
  return {
    request,
    targets: valuesOf(targets),
    targetsPrinted: formatTensor(targets),
    rowSum: valuesOf(sum(targets))[0],
    logits: valuesOf(logits),
    probabilities: valuesOf(softmax(logits, 0)),
    loss: formatTensor(crossEntropy(logits, targets, lossOptions)),
    lossWithoutSmoothing: formatTensor(crossEntropy(logits, scalarTensor('int64', label), lossOptions)),
    convention: conventionNote(request.convention, epsilon, classes),
  };
}

/** The two values of the row, computed in double precision like the Python expressions, stored as float32. */
function targetValues({ epsilon, classes, convention }: VisualizationRequest): { onLabel: number; offLabel: number } {
  return convention === 'uniform'
    ? { onLabel: 1 - epsilon + epsilon / classes, offLabel: epsilon / classes }
    : { onLabel: 1 - epsilon, offLabel: epsilon / (classes - 1) };
}

/**
 * Off-target smoothing with ε is uniform smoothing with ε·K/(K−1) (shared/LABEL-SMOOTHING.md), so it has a
 * built-in equivalent only while that stays ≤ 1, i.e. ε ≤ (K−1)/K.
 */
function conventionNote(convention: VisualizationRequest['convention'], epsilon: number, classes: number): string {
  const eps = formatNumber(epsilon);
  if (convention === 'uniform') {
    const note = `uniform ε/K, ε = ${eps}: the same as CrossEntropyLoss(label_smoothing=${eps})`;
    return epsilon > (classes - 1) / classes ? `${note}; ε > (K−1)/K, so the true class is no longer the most likely` : note;
  }
  const base = `off-target ε/(K−1), ε = ${eps}`;
  const equivalent = (epsilon * classes) / (classes - 1);
  if (equivalent > 1) return `${base}: no CrossEntropyLoss(label_smoothing=…) computes it (ε > (K−1)/K); pass the targets as probabilities`;
  return `${base}: the same as CrossEntropyLoss(label_smoothing=${formatNumber(equivalent)}), since ε·K/(K−1) = ${formatNumber(equivalent)}`;
}

function valuesOf(tensor: Tensor): number[] {
  return [...readValues(tensor)];
}
