// LS006 kl-div-input-not-log-probs: F.kl_div / nn.KLDivLoss given probabilities (or raw logits) as input.
// The input must be log-probabilities (log_softmax); with probabilities the "divergence" is meaningless and
// can be negative.
import type { Node } from 'web-tree-sitter';
import { evaluationOf } from '../evaluator/evaluationOf';
import { argumentFor, callArguments } from '../analysis/syntax';
import { firstUseOfInstance, indexCallsByCallee } from '../analysis/crossEntropyCalls';
import { evaluatedMatrix, rowSum } from './evaluatedValue';
import type { Rule } from './rule';

export const klDivInputNotLogProbs: Rule = {
  metadata: {
    code: 'LS006',
    name: 'kl-div-input-not-log-probs',
    defaultSeverity: 'error',
    fixSafety: 'unsafe',
    summary: 'KLDivLoss / F.kl_div given probabilities or raw logits as input',
  },
  check({ program, report }) {
    let firstCalls: ReturnType<typeof indexCallsByCallee> | undefined;
    for (const { call, source, api } of program.torchCalls) {
      let input: { node: Node; source: number } | undefined;
      if (api === 'torch.nn.functional.kl_div') {
        const node = argumentFor(callArguments(call), 'input', 0);
        input = node && { node, source };
      } else if (api === 'torch.nn.KLDivLoss') {
        firstCalls ??= indexCallsByCallee(program.calls);
        const use = firstUseOfInstance(call, firstCalls);
        const node = use && argumentFor(use.args, 'input', 0);
        input = node && use && { node, source: use.source };
      }
      if (!input) continue;
      const values = evaluatedMatrix(evaluationOf(program), input.source, input.node);
      if (!values || values.rows.every(row => row.every(v => v <= 0))) continue;   // log-probabilities
      const probabilities = values.rows.every(row => row.every(v => v >= 0 && v <= 1) && Math.abs(rowSum(row) - 1) < 1e-4);
      report(input.source, input.node, probabilities
        ? `\`${input.node.text}\` holds probabilities (its rows sum to 1), but kl_div's input must be log-probabilities: use F.log_softmax.`
        : `\`${input.node.text}\` has positive values, so it is not log-probabilities (raw logits?): kl_div's input must be F.log_softmax of the logits.`);
    }
  },
};
