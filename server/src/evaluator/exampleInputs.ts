// Example inputs for code whose inputs are not in the code: a smoothing function's parameters, a loss
// module's forward(). Documented, so every preview can say what it used:
//   K (num_classes, class_size, vocab_size, K, …: classCountNames.ts) the default, else (in a method) the
//     module's __init__'s K, else a module-level constant, else 4
//   ε (smoothing, eps, epsilon, label_smoothing, alpha, …)  the default unless it is 0, else 0.1
//   labels (labels, label, target(s), y, gold, tgt, …)        tensor([0, 1, 2]) modulo K
//   logits (logits, x, input(s), pred(s), output(s), scores,   3 × K, 2.0 on each row's label, 0.0 elsewhere
//     student_logits, …)
//   log-probabilities (lprobs, log_probs, logprobs, …, or     log_softmax of those logits
//     what the code gives kl_div / nll_loss as their input: logProbabilityParameters.ts)
//   padding (padding_idx, pad, ignore_index, …)               the default, else 0
// For code that computes a binary cross-entropy (binaryLossCode.ts): labels tensor([1., 0., 1.]) and logits
// tensor([2., -2., 2.]), one per example.
import type { Node } from 'web-tree-sitter';
import { CLASS_COUNT_NAME } from '../analysis/classCountNames';
import { torchFunction } from '../tensor';
import { numberOf } from './pythonScalars';
import { parameterName } from './calls';
import { logProbabilityParameters } from './logProbabilityParameters';
import { computesABinaryLoss } from './binaryLossCode';
import type { Scope } from './scope';
import { PyValue, float, int } from './values';

export const EXAMPLE_ROWS = 3;
export const DEFAULT_CLASSES = 4;
export const DEFAULT_EPSILON = 0.1;

/** K's usual names, and the short ones that mean K when a smoothing function or loss module takes them. */
const CLASS_COUNT = { test: (name: string) => CLASS_COUNT_NAME.test(name) || /^(size|c)$/i.test(name) };
const EPSILON = /^(smoothing|label_smoothing|ls|eps|epsilon|alpha|smooth|smoothing_factor|ls_eps|lsr)$/i;
const LABELS = /^(labels?|targets?|y|y_true|gold|golds|tgt|tgts|true_labels?|classes_idx|idx)$/i;
const LOG_PROBS = /^(lprobs|log_probs?|logprobs?|log_preds?|logp)$/i;
const LOGITS = /^(logits?|x|inputs?|preds?|predictions?|outputs?|scores?|y_pred|y_hat|z|\w+_logits?|logits?_\w+)$/i;
const PADDING = /^(padding_idx|pad_idx|pad|padding|ignore_index|ignore_idx|pad_index)$/i;

export interface ExampleArguments {
  readonly values: Map<string, PyValue>;
  /** "labels = tensor([0, 1, 2])", … for the preview; empty when the code gave everything. */
  readonly described: string[];
  /** The first parameter no example could be made for. */
  readonly missing?: string;
  /** The example log-probabilities among the values: a loss over them implies targets (tangents.ts). */
  readonly logProbs: PyValue[];
  /** The K the examples were made for. */
  readonly classes: number;
}

/** For a method: its class's __init__, and the K its examples were made for. */
export interface MethodContext {
  readonly init?: Node;
  readonly classes?: number;
}

/**
 * Arguments for calling the function `definition` (self excluded when `skipFirst`), by name. In a method, the
 * K of its module (`method.classes`) holds unless the method's own parameters say otherwise.
 */
export function exampleArguments(definition: Node, defaults: ReadonlyMap<string, PyValue>, globals: Scope, skipFirst: boolean, method: MethodContext = {}): ExampleArguments {
  const parameters = definition.childForFieldName('parameters');
  const names = (parameters?.namedChildren ?? [])
    .filter((p): p is Node => !!p && !['comment', 'keyword_separator', 'positional_separator', 'list_splat_pattern', 'dictionary_splat_pattern'].includes(p.type))
    .map(parameterName).filter((name): name is string => !!name)
    .slice(skipFirst ? 1 : 0);
  const values = new Map<string, PyValue>();
  const described: string[] = [];
  const logProbs: PyValue[] = [];
  const k = classCount(names, defaults, globals, method.classes);
  const givenToLogProbLosses = logProbabilityParameters(definition, names, method.init);
  const binary = computesABinaryLoss(definition);
  for (const name of names) {
    const given = defaults.get(name);
    // `smoothing=0.0` turns smoothing off by default, and targets without smoothing show no smoothing bug.
    if (given && EPSILON.test(name) && numberOf(given) === 0) {
      values.set(name, float(DEFAULT_EPSILON));
      described.push(`${name} = ${DEFAULT_EPSILON} (its default 0 smooths nothing)`);
      continue;
    }
    if (given) continue;
    const asLogProbs = LOG_PROBS.test(name) || givenToLogProbLosses.has(name);
    const value = (binary ? binaryExampleFor(name) : undefined) ?? exampleFor(name, k, asLogProbs);
    if (!value) return { values, described, missing: name, logProbs, classes: k };
    values.set(name, value.value);
    if (asLogProbs) logProbs.push(value.value);
    described.push(`${name} = ${value.shown}`);
  }
  return { values, described, logProbs, classes: k };
}

function classCount(names: readonly string[], defaults: ReadonlyMap<string, PyValue>, globals: Scope, inherited: number | undefined): number {
  for (const name of names) {
    const value = defaults.get(name);
    const n = value && numberOf(value);
    if (CLASS_COUNT.test(name) && n !== undefined && Number.isInteger(n) && n > 1) return n;
  }
  if (inherited !== undefined) return inherited;
  for (const [name, value] of globals.entries()) {
    const n = numberOf(value);
    if (CLASS_COUNT.test(name) && n !== undefined && Number.isInteger(n) && n > 1 && n <= 1000) return n;
  }
  return DEFAULT_CLASSES;
}

function exampleFor(name: string, k: number, asLogProbs: boolean): { value: PyValue; shown: string } | undefined {
  if (CLASS_COUNT.test(name)) return { value: int(k), shown: String(k) };
  if (EPSILON.test(name)) return { value: float(DEFAULT_EPSILON), shown: String(DEFAULT_EPSILON) };
  if (PADDING.test(name)) return { value: int(0), shown: '0' };
  const labels = Array.from({ length: EXAMPLE_ROWS }, (_, i) => i % k);
  if (LABELS.test(name)) {
    return { value: torchCall('torch.tensor', listOf(labels.map(int))), shown: `tensor([${labels.join(', ')}])` };
  }
  const logits = exampleLogits(labels, k);
  if (asLogProbs) {
    return {
      value: torchCall('torch.nn.functional.log_softmax', logits, int(-1)),
      shown: `log_softmax of ${EXAMPLE_ROWS}×${k} logits (2.0 on each row's label, 0.0 elsewhere)`,
    };
  }
  if (LOGITS.test(name)) return { value: logits, shown: `${EXAMPLE_ROWS}×${k} logits, 2.0 on each row's label (${labels.join(', ')}), 0.0 elsewhere` };
  return undefined;
}

/** For a binary cross-entropy: labels 1, 0, 1 (as floats, as BCE takes them) and one logit per example. */
function binaryExampleFor(name: string): { value: PyValue; shown: string } | undefined {
  if (LABELS.test(name)) return { value: torchCall('torch.tensor', listOf([1, 0, 1].map(float))), shown: 'tensor([1., 0., 1.])' };
  if (LOGITS.test(name)) return { value: torchCall('torch.tensor', listOf([2, -2, 2].map(float))), shown: 'tensor([2., -2., 2.]) (a logit per example)' };
  return undefined;
}

function exampleLogits(labels: readonly number[], k: number): PyValue {
  return torchCall('torch.tensor', listOf(labels.map(label => listOf(Array.from({ length: k }, (_, c) => float(c === label ? 2 : 0))))));
}

function listOf(items: PyValue[]): PyValue {
  return { kind: 'list', items };
}

function torchCall(name: string, ...positional: PyValue[]): PyValue {
  return torchFunction(name)!({ positional, keyword: new Map() });
}
