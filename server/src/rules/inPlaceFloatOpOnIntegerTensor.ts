// LS010 in-place-float-op-on-integer-tensor: `F.one_hot(y, K).mul_(0.9)`, `one_hot += eps / K`: F.one_hot
// returns int64, and an in-place op cannot store a float result in it.
import { pytorchErrorRule } from './pytorchErrors';

export const inPlaceFloatOpOnIntegerTensor = pytorchErrorRule({
  code: 'LS010',
  name: 'in-place-float-op-on-integer-tensor',
  defaultSeverity: 'error',
  fixSafety: 'safe',
  summary: 'an in-place float operation on an integer tensor (e.g. on F.one_hot\'s int64 result)',
}, error => (/can't be cast to the desired output type (Long|Int|Bool)/.test(error.message)
  ? 'an in-place float operation on an integer tensor; convert it first with `.float()`' : undefined));
