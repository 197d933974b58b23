// LS010 in-place-float-op-on-integer-tensor: `F.one_hot(y, K).mul_(0.9)`, `one_hot += eps / K`: F.one_hot
// returns int64, and an in-place op cannot store a float result in it. When the in-place method is called on a
// temporary (`F.one_hot(y, K).mul_(…)`), inserting `.float()` before it is safe: nothing else sees the integer
// tensor, and the result is what was meant. A named tensor has no fix: converting a copy would leave the name's
// tensor unchanged, and converting at its definition changes every other use.
import { forEachNodeOfType } from '../analysis/syntax';
import type { Fix } from './rule';
import { pytorchErrorRule, RaisedError } from './pytorchErrors';

export const inPlaceFloatOpOnIntegerTensor = pytorchErrorRule({
  code: 'LS010',
  name: 'in-place-float-op-on-integer-tensor',
  defaultSeverity: 'error',
  fixSafety: 'safe',
  summary: 'an in-place float operation on an integer tensor (e.g. on F.one_hot\'s int64 result)',
}, error => (/can't be cast to the desired output type (Long|Int|Bool)/.test(error.message)
  ? { explanation: 'an in-place float operation on an integer tensor; convert it first with `.float()`', fix: floatFirst(error) } : undefined));

function floatFirst(error: RaisedError): Fix | undefined {
  const receivers: { end: number; method: string }[] = [];
  forEachNodeOfType(error.statement, ['call'], call => {
    const callee = call.childForFieldName('function');
    const receiver = callee?.type === 'attribute' ? callee.childForFieldName('object') : undefined;
    const method = callee?.childForFieldName('attribute')?.text;
    if (receiver?.type === 'call' && method && method === error.raisedBy) receivers.push({ end: receiver.endIndex, method });
  });
  if (receivers.length !== 1) return undefined;
  const [{ end, method }] = receivers;
  return { title: `Convert with \`.float()\` before \`${method}\``, safety: 'safe', edits: [{ start: end, end, newText: '.float()' }] };
}
