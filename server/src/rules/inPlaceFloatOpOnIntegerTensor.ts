// LS010 in-place-float-op-on-integer-tensor: a float written in place into an integer tensor, typically F.one_hot's
// int64 result. Two ways, one bug:
// - an in-place arithmetic op (`F.one_hot(y, K).mul_(0.9)`, `one_hot += eps / K`): PyTorch raises, since it
//   cannot store the float result;
// - an in-place write of a fractional value (`q[q == 0] = eps / (K - 1)`, `q.fill_(eps / K)`, `masked_fill_`,
//   `scatter_`, `index_fill_`): PyTorch truncates it to an integer without a word, and the smoothing mass is 0.
// When the in-place method is called on a temporary (`F.one_hot(y, K).mul_(…)`), inserting `.float()` before it is
// safe for code that raised: nothing else sees the integer tensor, and the result is what was meant. For a
// truncated write the code ran, and the same fix is unsafe: it changes what the code computes. A named tensor has no fix:
// converting a copy would leave the name's tensor unchanged, and converting at its definition changes every other use.
import type { Node } from 'web-tree-sitter';
import { formatNumber } from '../analysis/formatNumber';
import type { Program } from '../analysis/program';
import { forEachNodeOfType } from '../analysis/syntax';
import { evaluationCalling, evaluationOf } from '../evaluator/evaluationOf';
import type { TruncatedWrite } from '../evaluator/truncatedWrites';
import type { Fix, Rule } from './rule';
import { pytorchErrorRule } from './pytorchErrors';

const raisedByPyTorch = pytorchErrorRule({
  code: 'LS010',
  name: 'in-place-float-op-on-integer-tensor',
  defaultSeverity: 'error',
  fixSafety: 'safe',
  summary: 'a float written in place into an integer tensor (e.g. F.one_hot\'s int64 result): PyTorch raises or truncates',
}, error => (/can't be cast to the desired output type (Long|Int|Bool)/.test(error.message)
  ? { explanation: 'an in-place float operation on an integer tensor; convert it first with `.float()`', fix: floatFirst(error.statement, error.raisedBy, 'safe') } : undefined));

export const inPlaceFloatOpOnIntegerTensor: Rule = {
  metadata: raisedByPyTorch.metadata,
  check(context) {
    raisedByPyTorch.check(context);
    for (const write of truncatedWrites(context.program)) {
      const how = write.write === '[]=' ? 'stores' : `(\`${write.write}\`) stores`;
      context.report(write.source, write.statement,
        `this statement ${how} ${formatNumber(write.value)} in an integer tensor (${write.dtype}): PyTorch truncates it to ` +
        `${formatNumber(Math.trunc(write.value))} without an error, so the smoothing mass is lost. Convert the tensor with \`.float()\` first.`,
        // Unsafe here: the code ran, and the fix changes what it computes (as intended).
        undefined, write.write === '[]=' ? undefined : floatFirst(write.statement, write.write, 'unsafe'));
    }
  },
};

/** The program's truncated writes, and each function's when it ran in an evaluation of its own (evaluationOf.ts). */
function truncatedWrites(program: Program): TruncatedWrite[] {
  if (!program.mentionsTorch) return [];
  const whole = evaluationOf(program);
  const found = [...whole.truncatedWrites];
  if (whole.exampleCallsCut) {
    program.sources.forEach((document, source) => forEachNodeOfType(document.root, ['function_definition'], definition => {
      const calling = evaluationCalling(program, source, definition);
      if (calling === whole) return;
      for (const write of calling.truncatedWrites) {
        if (!found.some(w => w.source === write.source && w.statement.id === write.statement.id)) found.push(write);
      }
    }));
  }
  return found;
}

function floatFirst(statement: Node, method: string | undefined, safety: Fix['safety']): Fix | undefined {
  const receivers: { end: number; method: string }[] = [];
  forEachNodeOfType(statement, ['call'], call => {
    const callee = call.childForFieldName('function');
    const receiver = callee?.type === 'attribute' ? callee.childForFieldName('object') : undefined;
    const name = callee?.childForFieldName('attribute')?.text;
    if (receiver?.type === 'call' && name && name === method) receivers.push({ end: receiver.endIndex, method: name });
  });
  if (receivers.length !== 1) return undefined;
  const [{ end, method: name }] = receivers;
  return { title: `Convert with \`.float()\` before \`${name}\``, safety, edits: [{ start: end, end, newText: '.float()' }] };
}
