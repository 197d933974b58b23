// LS007 kl-div-mean-reduction: `F.kl_div` / `nn.KLDivLoss` with reduction='mean', written or by default.
// 'mean' divides the summed divergence by every element (N·K), not by the batch size N: the loss is K times
// too small, and not the KL divergence. PyTorch warns about it at run time; 'batchmean' is the KL divergence.
import type { Node } from 'web-tree-sitter';
import { argumentFor, callArguments, unparenthesized } from '../analysis/syntax';
import type { Rule } from './rule';

/** Where `reduction` sits among the positional parameters, and where the legacy switches sit. */
const SIGNATURES: Record<string, { reduction: number; legacy: [string, number][] }> = {
  'torch.nn.functional.kl_div': { reduction: 4, legacy: [['size_average', 2], ['reduce', 3]] },   // (input, target, size_average, reduce, reduction, log_target)
  'torch.nn.KLDivLoss': { reduction: 2, legacy: [['size_average', 0], ['reduce', 1]] },           // (size_average, reduce, reduction, log_target)
};

export const klDivMeanReduction: Rule = {
  metadata: {
    code: 'LS007',
    name: 'kl-div-mean-reduction',
    defaultSeverity: 'warning',
    fixSafety: 'unsafe',
    summary: "reduction='mean' on KL divergence ('batchmean' is the KL divergence)",
  },
  check({ program, report }) {
    for (const { call, source, api } of program.torchCalls) {
      const signature = SIGNATURES[api];
      if (!signature) continue;
      const args = callArguments(call);
      if (args.hasSplat) continue;   // **kwargs may set the reduction
      // The legacy size_average/reduce switches decide the reduction themselves.
      if (signature.legacy.some(([name, index]) => { const value = argumentFor(args, name, index); return value && value.type !== 'none'; })) continue;
      const reduction = argumentFor(args, 'reduction', signature.reduction);
      const callee = call.childForFieldName('function')!.text;
      if (!reduction) {
        const list = call.childForFieldName('arguments')!;
        const closing = list.endIndex - 1;
        const separator = list.namedChildren.some(child => child?.type !== 'comment') ? ', ' : '';
        report(source, call.childForFieldName('function')!, `\`${callee}\` without \`reduction\` averages over every element ('mean'): ` +
          "the loss is divided by N·K, not by the batch size. Use reduction='batchmean' for the KL divergence.", undefined,
          { title: "Use reduction='batchmean'", safety: 'unsafe', edits: [{ start: closing, end: closing, newText: `${separator}reduction='batchmean'` }] });
      } else if (isMean(reduction)) {
        const quote = reduction.text[0];
        report(source, reduction, `reduction='mean' on KL divergence divides by N·K (every element), not by the batch size; ` +
          "PyTorch warns about it. Use reduction='batchmean' for the KL divergence.", undefined,
          { title: "Use reduction='batchmean'", safety: 'unsafe', edits: [{ start: reduction.startIndex, end: reduction.endIndex, newText: `${quote}batchmean${quote}` }] });
      }
    }
  },
};

function isMean(expression: Node): boolean {
  const node = unparenthesized(expression);
  return node.type === 'string' && /^['"]mean['"]$/.test(node.text);
}
