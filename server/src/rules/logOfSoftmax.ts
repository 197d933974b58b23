// LS017 log-of-softmax: `torch.log(F.softmax(x, dim))` or `F.softmax(x, dim).log()`, where a probability that
// underflows to 0 gives −inf; `F.log_softmax(x, dim)` computes the same thing stably.
import type { Node } from 'web-tree-sitter';
import { callArguments, unparenthesized } from '../analysis/syntax';
import { asLogSoftmax, isSoftmaxCall } from '../analysis/softmaxCalls';
import type { Fix, Rule } from './rule';

export const logOfSoftmax: Rule = {
  metadata: {
    code: 'LS017',
    name: 'log-of-softmax',
    defaultSeverity: 'warning',
    fixSafety: 'safe',
    summary: 'log(softmax(x)) where log_softmax is stable',
  },
  check({ program, report }) {
    // Without the word there is no softmax to take the log of; most files need not have their calls listed.
    if (!program.sources.some(document => document.text.includes('softmax'))) return;
    for (const { node: call, source } of program.calls) {
      const callee = call.childForFieldName('function');
      if (!callee) continue;
      let inner: Node | undefined;
      if (program.imports.qualifiedName(callee) === 'torch.log') inner = callArguments(call).positional[0];
      else if (callee.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'log' && !callArguments(call).positional.length) {
        inner = callee.childForFieldName('object') ?? undefined;
      }
      const softmax = inner && unparenthesized(inner);
      if (softmax && isSoftmaxCall(program, softmax)) {
        report(source, call, `\`${call.text.replace(/\s+/g, ' ')}\` takes the log of a softmax: probabilities that underflow to 0 become −inf. ` +
          'Use log_softmax with the same dim, which is exact and stable.', undefined, logSoftmaxFix(call, softmax));
      }
    }
  },
};

/** `torch.log(F.softmax(x, dim=-1))` → `F.log_softmax(x, dim=-1)`: the softmax call, renamed, replaces the whole. */
function logSoftmaxFix(whole: Node, softmax: Node): Fix {
  const replacement = asLogSoftmax(softmax);
  return { title: `Use ${replacement.replace(/\(.*$/s, '')}(…)`, safety: 'safe', edits: [{ start: whole.startIndex, end: whole.endIndex, newText: replacement }] };
}
