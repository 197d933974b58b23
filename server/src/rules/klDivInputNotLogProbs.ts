// LS006 kl-div-input-not-log-probs: F.kl_div / nn.KLDivLoss given probabilities (or raw logits) as input.
// The input must be log-probabilities (log_softmax); with probabilities the "divergence" is meaningless and
// can be negative. The fixes (unsafe: they change the loss, as intended) spell log_softmax with the code's own
// softmax arguments, or apply it to the logits along the last dimension.
import type { Node } from 'web-tree-sitter';
import { evaluationOf } from '../evaluator/evaluationOf';
import { argumentFor, callArguments } from '../analysis/syntax';
import { firstUseOfInstance } from '../analysis/crossEntropyCalls';
import { evaluatedMatrix, rowSum } from './evaluatedValue';
import type { Program } from '../analysis/program';
import { unparenthesized } from '../analysis/syntax';
import { definitionsBefore } from '../analysis/definitionsBefore';
import { asLogSoftmax, isSoftmaxCall } from '../analysis/softmaxCalls';
import type { Fix, Rule } from './rule';

export const klDivInputNotLogProbs: Rule = {
  metadata: {
    code: 'LS006',
    name: 'kl-div-input-not-log-probs',
    defaultSeverity: 'error',
    fixSafety: 'unsafe',
    summary: 'KLDivLoss / F.kl_div given probabilities or raw logits as input',
  },
  check({ program, report }) {
    for (const { call, source, api } of program.torchCalls) {
      let input: { node: Node; source: number } | undefined;
      if (api === 'torch.nn.functional.kl_div') {
        const node = argumentFor(callArguments(call), 'input', 0);
        input = node && { node, source };
      } else if (api === 'torch.nn.KLDivLoss') {
        const use = firstUseOfInstance(call, program);
        const node = use && argumentFor(use.args, 'input', 0);
        input = node && use && { node, source: use.source };
      }
      if (!input) continue;
      // A softmax the code shows is probabilities whatever its values are (random logits, example inputs).
      const ofSoftmax = logSoftmaxOfSoftmax(program, input.node);
      if (ofSoftmax) {
        report(input.source, input.node, `\`${input.node.text}\` holds probabilities (a softmax), but kl_div's input must be log-probabilities: use F.log_softmax.`, undefined, ofSoftmax);
        continue;
      }
      const values = evaluatedMatrix(evaluationOf(program), input.source, input.node);
      // With example inputs, the values are the example's: a parameter `x` the caller fills with log-probabilities.
      if (!values || values.fromExampleInputs || values.rows.every(row => row.every(v => v <= 0))) continue;
      const probabilities = values.rows.every(row => row.every(v => v >= 0 && v <= 1) && Math.abs(rowSum(row) - 1) < 1e-4);
      report(input.source, input.node, probabilities
        ? `\`${input.node.text}\` holds probabilities (its rows sum to 1), but kl_div's input must be log-probabilities: use F.log_softmax.`
        : `\`${input.node.text}\` has positive values, so it is not log-probabilities (raw logits?): kl_div's input must be F.log_softmax of the logits.`,
      undefined, probabilities ? undefined : logSoftmaxOfLogits(input.node));
    }
  },
};

/**
 * Probabilities from a softmax the code shows — inline, or the one assignment of the name before this use — are
 * replaced by log_softmax with the same arguments: `F.kl_div(F.softmax(x, -1), q)` → `F.kl_div(F.log_softmax(x, -1), q)`.
 */
function logSoftmaxOfSoftmax(program: Program, input: Node): Fix | undefined {
  const node = unparenthesized(input);
  const definitions = node.type === 'identifier' ? definitionsBefore(node.text, input) : [node];
  const softmax = definitions.length === 1 ? unparenthesized(definitions[0]) : undefined;
  if (!softmax || !isSoftmaxCall(program, softmax)) return undefined;
  const replacement = asLogSoftmax(softmax);
  return { title: `Use \`${replacement}\` as the input`, safety: 'unsafe', edits: [{ start: input.startIndex, end: input.endIndex, newText: replacement }] };
}

/** Raw logits: `x` → `x.log_softmax(dim=-1)` (the class dimension is the last one for kl_div's (N, K) input). */
function logSoftmaxOfLogits(input: Node): Fix {
  const simple = ['identifier', 'attribute', 'call', 'subscript', 'parenthesized_expression'].includes(input.type);
  const replacement = `${simple ? input.text : `(${input.text})`}.log_softmax(dim=-1)`;
  return { title: `Use \`${replacement}\` as the input`, safety: 'unsafe', edits: [{ start: input.startIndex, end: input.endIndex, newText: replacement }] };
}
