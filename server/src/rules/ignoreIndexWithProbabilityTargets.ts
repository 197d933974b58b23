// LS014 ignore-index-with-probability-targets: `ignore_index` set together with probability (soft) targets,
// which PyTorch rejects: with soft targets, a padding row must be zeroed or masked instead.
import { pytorchErrorRule } from './pytorchErrors';

export const ignoreIndexWithProbabilityTargets = pytorchErrorRule({
  code: 'LS014',
  name: 'ignore-index-with-probability-targets',
  defaultSeverity: 'error',
  fixSafety: 'none',
  summary: 'ignore_index with probability targets (PyTorch raises)',
}, error => (/ignore_index is not supported for floating point target/.test(error.message)
  ? '`ignore_index` cannot be used with probability targets; mask the padding rows instead' : undefined));
