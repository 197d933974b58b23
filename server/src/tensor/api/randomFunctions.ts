// torch.manual_seed and the random factories that are not plain `*size` factories; normal_ / uniform_.
import { type CallArgs, PythonError, type PyValue, tensorValue, Unsupported } from '../../evaluator/values';
import { DEFAULT_FLOAT } from '../dtype';
import { defaultGenerator, invalidateRandomState } from '../random/generator';
import { fillRandomInPlace, normal, randint, randperm } from '../random/randomTensors';
import type { Tensor } from '../tensor';
import { bind, keywordOnly, optional, required, requiresGradKeyword, sizesFromArgs } from './args';
import type { NativeTable } from './creationFunctions';
import type { MethodTable } from './methodTypes';

function noGenerator(args: CallArgs): void {
  const generator = args.keyword.get('generator');
  if (generator !== undefined && generator.kind !== 'none') throw new Unsupported('an explicit torch.Generator is not modelled');
}

function withGrad(t: Tensor, args: CallArgs): PyValue {
  if (requiresGradKeyword(args)) t.requiresGrad = true;
  return tensorValue(t);
}

export const RANDOM_FUNCTIONS: NativeTable = {
  manual_seed: args => {
    const seed = bind('manual_seed', [required('seed')], args).int('seed');
    defaultGenerator.seed(BigInt(seed));
    return { kind: 'unknown', reason: 'torch.Generator objects are not modelled' };
  },
  seed: args => {
    bind('seed', [], args);
    invalidateRandomState('random values (torch.seed() chose a non-deterministic seed)');
    return { kind: 'unknown', reason: 'torch.seed() returns a non-deterministic seed' };
  },
  randint: args => {
    noGenerator(args);
    // randint(high, size) or randint(low, high, size), sizes as a tuple.
    const a = bind('randint', [required('low'), optional('high'), optional('size'), keywordOnly('dtype'), keywordOnly('generator')], args, true);
    let low = 0;
    let high: number;
    let sizeValue: PyValue;
    if (a.has('size')) {
      low = a.int('low');
      high = a.int('high');
      sizeValue = a.get('size');
    } else {
      high = a.int('low');
      sizeValue = a.get('high');
    }
    if (sizeValue.kind !== 'tuple' && sizeValue.kind !== 'list' && sizeValue.kind !== 'size') {
      throw new PythonError('TypeError', 'randint() received an invalid combination of arguments');
    }
    if (low >= high) throw new PythonError('RuntimeError', `random_ expects 'from' to be less than 'to', but got from=${low} >= to=${high}`);
    return withGrad(randint(low, high, sizesFromArgs('randint', [sizeValue]), a.dtype('dtype') ?? 'int64'), args);
  },
  randint_like: args => {
    noGenerator(args);
    const a = bind('randint_like', [required('input'), required('low'), optional('high'), keywordOnly('dtype'), keywordOnly('memory_format')], args, true);
    const like = a.tensor('input');
    const [low, high] = a.has('high') ? [a.int('low'), a.int('high')] : [0, a.int('low')];
    return withGrad(randint(low, high, like.shape, a.dtype('dtype') ?? like.dtype), args);
  },
  randperm: args => {
    noGenerator(args);
    const a = bind('randperm', [required('n'), keywordOnly('dtype'), keywordOnly('generator')], args, true);
    return withGrad(randperm(a.int('n'), a.dtype('dtype') ?? 'int64'), args);
  },
  normal: args => {
    noGenerator(args);
    const a = bind('normal', [required('mean'), required('std'), optional('size'), keywordOnly('dtype'), keywordOnly('generator')], args, true);
    if (a.get('mean').kind === 'tensor' || a.get('std').kind === 'tensor') throw new Unsupported('torch.normal with tensor means or stds is not modelled');
    if (!a.has('size')) throw new PythonError('TypeError', 'normal() received an invalid combination of arguments');
    const std = a.float('std');
    if (std < 0) throw new PythonError('RuntimeError', `normal expects std >= 0.0, but found std ${std}`);
    return withGrad(normal(sizesFromArgs('normal', [a.get('size')]), a.dtype('dtype') ?? DEFAULT_FLOAT, a.float('mean'), std), args);
  },
};

export const RANDOM_METHODS: MethodTable = {
  normal_: (self, args) => {
    noGenerator(args);
    const a = bind('normal_', [optional('mean', { kind: 'float', value: 0 }), optional('std', { kind: 'float', value: 1 }), keywordOnly('generator')], args);
    if (a.float('std') < 0) throw new PythonError('RuntimeError', `normal expects std >= 0.0, but found std ${a.float('std')}`);
    return tensorValue(fillRandomInPlace(self, 'normal', a.float('mean'), a.float('std')));
  },
  uniform_: (self, args) => {
    noGenerator(args);
    const a = bind('uniform_', [optional('from', { kind: 'float', value: 0 }), optional('to', { kind: 'float', value: 1 }), keywordOnly('generator')], args);
    return tensorValue(fillRandomInPlace(self, 'uniform', a.float('from'), a.float('to')));
  },
};
