// The autograd node PyTorch 1.13 records for each operation (checked against real PyTorch), by method name.
// A function of the call decides where the node depends on the arguments.
import type { CallArgs, PyValue } from '../../evaluator/values';
import type { Tensor } from '../tensor';

type NameRule = string | ((self: Tensor, args: CallArgs, result: PyValue) => string | undefined);

const isTensorArg = (value: PyValue | undefined) => value !== undefined && value.kind === 'tensor';
const arg = (args: CallArgs, position: number, name: string): PyValue | undefined => args.positional[position] ?? args.keyword.get(name);
const hasDim = (args: CallArgs) => {
  const dim = arg(args, 0, 'dim');
  return dim !== undefined && dim.kind !== 'none';
};
const sharesStorage = (self: Tensor, result: PyValue) => result.kind === 'tensor' && result.tensor.storage === self.storage;

export const METHOD_GRAD_FNS: Record<string, NameRule> = {
  add: 'AddBackward0', sub: 'SubBackward0', subtract: 'SubBackward0', mul: 'MulBackward0', multiply: 'MulBackward0',
  div: (_, args) => (args.keyword.has('rounding_mode') && args.keyword.get('rounding_mode')?.kind !== 'none' ? 'DivBackward2' : 'DivBackward0'),
  divide: 'DivBackward0', true_divide: 'DivBackward0', floor_divide: 'NotImplemented', remainder: 'RemainderBackward0', fmod: 'FmodBackward0',
  pow: (_, args) => (isTensorArg(arg(args, 0, 'exponent')) ? 'PowBackward1' : 'PowBackward0'),
  maximum: 'MaximumBackward0', minimum: 'MinimumBackward0',
  neg: 'NegBackward0', negative: 'NegBackward0', abs: 'AbsBackward0', exp: 'ExpBackward0', log: 'LogBackward0', log1p: 'Log1PBackward0',
  log2: 'Log2Backward0', log10: 'Log10Backward0', expm1: 'Expm1Backward0', sqrt: 'SqrtBackward0', rsqrt: 'RsqrtBackward0',
  sigmoid: 'SigmoidBackward0', tanh: 'TanhBackward0', sin: 'SinBackward0', cos: 'CosBackward0', relu: 'ReluBackward0', square: 'PowBackward0',
  reciprocal: 'ReciprocalBackward0', floor: 'FloorBackward0', ceil: 'CeilBackward0', round: 'RoundBackward0', trunc: 'TruncBackward0', sign: 'SignBackward0',
  clamp: (_, args) => (isTensorArg(arg(args, 0, 'min')) || isTensorArg(arg(args, 1, 'max')) ? 'ClampBackward0' : 'ClampBackward1'),
  clip: (_, args) => (isTensorArg(arg(args, 0, 'min')) || isTensorArg(arg(args, 1, 'max')) ? 'ClampBackward0' : 'ClampBackward1'),
  clamp_min: 'ClampMinBackward0', clamp_max: 'ClampMaxBackward0',
  sum: (_, args) => (hasDim(args) ? 'SumBackward1' : 'SumBackward0'),
  mean: (_, args) => (hasDim(args) ? 'MeanBackward1' : 'MeanBackward0'),
  max: (_, args) => (isTensorArg(arg(args, 0, 'other')) ? 'MaximumBackward0' : hasDim(args) ? 'MaxBackward0' : 'MaxBackward1'),
  min: (_, args) => (isTensorArg(arg(args, 0, 'other')) ? 'MinimumBackward0' : hasDim(args) ? 'MinBackward0' : 'MinBackward1'),
  amax: 'AmaxBackward0', amin: 'AminBackward0', logsumexp: 'LogsumexpBackward0', softmax: 'SoftmaxBackward0', log_softmax: 'LogSoftmaxBackward0',
  view: 'ViewBackward0', view_as: 'ViewBackward0',
  reshape: (self, _, result) => (sharesStorage(self, result) ? 'ReshapeAliasBackward0' : 'UnsafeViewBackward0'),
  reshape_as: (self, _, result) => (sharesStorage(self, result) ? 'ReshapeAliasBackward0' : 'UnsafeViewBackward0'),
  flatten: (self, _, result) => (sharesStorage(self, result) ? 'ReshapeAliasBackward0' : 'UnsafeViewBackward0'),
  t: 'TBackward0', transpose: 'TransposeBackward0', swapaxes: 'TransposeBackward0', permute: 'PermuteBackward0',
  unsqueeze: 'UnsqueezeBackward0', squeeze: (_, args) => (hasDim(args) ? 'SqueezeBackward1' : 'SqueezeBackward0'),
  expand: 'ExpandBackward0', expand_as: 'ExpandBackward0', select: 'SelectBackward0', narrow: 'SliceBackward0', unbind: 'UnbindBackward0',
  chunk: 'SplitBackward0', split: (_, args) => (arg(args, 0, 'split_size')?.kind === 'int' ? 'SplitBackward0' : 'SplitWithSizesBackward0'),
  repeat: 'RepeatBackward0', flip: 'FlipBackward0', clone: 'CloneBackward0', contiguous: 'CloneBackward0',
  float: 'ToCopyBackward0', double: 'ToCopyBackward0', to: 'ToCopyBackward0', type: 'ToCopyBackward0',
  masked_fill: 'MaskedFillBackward0', index_fill: 'IndexFillBackward0', masked_select: 'MaskedSelectBackward0', index_select: 'IndexSelectBackward0',
  scatter: (_, args) => (isTensorArg(arg(args, 2, 'src')) ? 'ScatterBackward0' : 'ScatterBackward1'),
  scatter_add: 'ScatterAddBackward0', gather: 'GatherBackward0', where: 'WhereBackward0',
  lerp: (_, args) => (isTensorArg(arg(args, 1, 'weight')) ? 'LerpBackward1' : 'LerpBackward0'),
  // In place: the node of the same operation.
  add_: 'AddBackward0', sub_: 'SubBackward0', mul_: 'MulBackward0', div_: 'DivBackward0', pow_: 'PowBackward0',
  exp_: 'ExpBackward0', log_: 'LogBackward0', neg_: 'NegBackward0', clamp_: 'ClampBackward1', clip_: 'ClampBackward1',
  masked_fill_: 'MaskedFillBackward0', index_fill_: 'IndexFillBackward0', fill_: 'FillBackward0', zero_: 'ZeroBackward0',
  lerp_: 'LerpBackward0',
};

/** Methods whose results never carry history (new tensors, detached views, indices). */
export const NO_HISTORY_METHODS = new Set([
  'detach', 'detach_', 'requires_grad_', 'new_zeros', 'new_ones', 'new_full', 'new_empty', 'new_tensor', 'argmax', 'argmin',
  'item', 'tolist', 'size', 'dim', 'ndimension', 'numel', 'nelement', 'normal_', 'uniform_', 'cpu', 'cuda', 'numpy', 'nonzero',
  'backward', 'retain_grad',
]);

/** The node of `a <op> b` written with Python operators. */
export function operatorGradFn(op: string, leftIsTensor: boolean, rightIsTensor: boolean): string | undefined {
  switch (op) {
    case '+': return 'AddBackward0';
    case '-': return leftIsTensor ? 'SubBackward0' : 'RsubBackward1';
    case '*': return 'MulBackward0';
    case '/': return leftIsTensor ? 'DivBackward0' : 'MulBackward0';
    case '//': return 'NotImplemented';
    case '%': return 'RemainderBackward0';
    case '**': return leftIsTensor && !rightIsTensor ? 'PowBackward0' : 'PowBackward1';
    default: return undefined;
  }
}

/** The node F.<loss> ends with, by reduction (see ATen's composite implementations). */
export function lossGradFn(loss: string, input: Tensor, target: Tensor, options: { reduction: string; labelSmoothing?: number; logTarget?: boolean; weighted?: boolean }): string | undefined {
  const sameShape = input.ndim === target.ndim && input.shape.every((size, d) => size === target.shape[d]);
  switch (loss) {
    case 'cross_entropy':
      if (sameShape) return options.reduction === 'mean' ? 'DivBackward1' : 'NegBackward0';
      if ((options.labelSmoothing ?? 0) > 0) return 'AddBackward0';
      return nllNode(input, options.reduction);
    case 'nll_loss':
      return nllNode(input, options.reduction);
    case 'kl_div':
      if (options.reduction === 'batchmean') return 'DivBackward0';
      if (options.reduction === 'mean') return 'MeanBackward0';
      if (options.reduction === 'sum') return 'SumBackward0';
      return options.logTarget ? 'MulBackward0' : 'SubBackward0';
    case 'binary_cross_entropy': return 'BinaryCrossEntropyBackward0';
    case 'binary_cross_entropy_with_logits': return options.weighted ? undefined : 'BinaryCrossEntropyWithLogitsBackward0';
    default: return undefined;
  }
}

function nllNode(input: Tensor, reduction: string): string | undefined {
  if (input.ndim <= 2) return 'NllLossBackward0';
  if (reduction === 'none') return 'ViewBackward0';
  return input.ndim === 4 ? 'NllLoss2DBackward0' : 'NllLoss2DBackward0';
}
