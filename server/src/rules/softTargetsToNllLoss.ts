// LS008 soft-targets-to-nll-loss: NLLLoss / F.nll_loss take class indices only; smoothed (probability)
// targets need a soft cross-entropy, -(q * log_probs).sum(-1), or F.cross_entropy with probability targets.
import { pytorchErrorRule } from './pytorchErrors';

export const softTargetsToNllLoss = pytorchErrorRule({
  code: 'LS008',
  name: 'soft-targets-to-nll-loss',
  defaultSeverity: 'error',
  fixSafety: 'none',
  summary: 'probability targets given to NLLLoss / F.nll_loss, which take class indices',
}, error => ((error.raisedBy === 'nll_loss' || error.raisedBy === 'NLLLoss') &&
  /multi-target not supported|expected scalar type Long|Expected floating point type for target/.test(error.message)
  ? `\`${error.raisedBy}\` takes class indices, not probability targets` : undefined));
