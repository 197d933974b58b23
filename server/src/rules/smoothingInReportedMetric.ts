// LS016 smoothing-in-reported-metric: a loss computed with label_smoothing > 0 reported as validation loss or
// NLL. Smoothing raises the loss even for a perfect model, so the metric is not comparable with unsmoothed runs.
import type { Node } from 'web-tree-sitter';
import { formatNumber } from '../analysis/formatNumber';
import { instanceName } from '../analysis/crossEntropyCalls';
import type { Located, Program } from '../analysis/program';
import { smoothedLosses } from './evaluatedValue';
import type { Rule } from './rule';

const METRIC_NAME = /(^|_)(val|valid|validation|eval|evaluation|test|dev|nll|perplexity|ppl|metric)(_|$|s$)/i;
const EVALUATION_FUNCTION = /^(val|valid|validate|validation|evaluate|evaluation|eval|test|compute_metrics?)(_|$)/i;

export const smoothingInReportedMetric: Rule = {
  metadata: {
    code: 'LS016',
    name: 'smoothing-in-reported-metric',
    defaultSeverity: 'warning',
    fixSafety: 'none',
    summary: 'a smoothed loss reported as validation loss or NLL',
  },
  check({ program, report }) {
    for (const { loss, epsilon } of smoothedLosses(program)) {
      // F.cross_entropy(…) is the loss itself; an nn.CrossEntropyLoss instance is judged where it is called.
      const uses = loss.api === 'torch.nn.functional.cross_entropy'
        ? [{ node: loss.call, source: loss.source }]
        : usesOfInstance(program, loss.call);
      for (const use of uses) {
        const where = reportedAs(use.node);
        if (!where) continue;
        report(use.source, use.node, `a loss with label_smoothing=${formatNumber(epsilon)} reported as ${where}: smoothing raises ` +
          'the loss even for a perfect model, so the number is not comparable with unsmoothed runs. Report the loss without smoothing.');
      }
    }
  },
};

/** Every call of the instance that `construction` (`criterion = nn.CrossEntropyLoss(…)`) creates. */
function usesOfInstance(program: Program, construction: Node): readonly Located[] {
  const name = instanceName(construction);
  return (name && program.callsByCallee.get(name)) || [];
}

/** "`val_loss`" or "the evaluation function `validate`", when the loss's value is a reported metric. */
function reportedAs(call: Node): string | undefined {
  const assignment = call.parent?.type === 'assignment' ? call.parent : undefined;
  const name = assignment?.childForFieldName('left')?.text;
  if (name && METRIC_NAME.test(name.replace(/^self\./, ''))) return `\`${name}\``;
  for (let node: Node | null = call.parent; node; node = node.parent) {
    const fnName = node.type === 'function_definition' ? node.childForFieldName('name')?.text : undefined;
    if (fnName && EVALUATION_FUNCTION.test(fnName)) return `the evaluation function \`${fnName}\``;
  }
  return undefined;
}
