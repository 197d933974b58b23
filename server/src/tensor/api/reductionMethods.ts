// Reduction methods: sum, mean, max/min (three forms each), argmax/argmin, amax/amin, logsumexp, all/any,
// softmax and log_softmax.
import { type CallArgs, PythonError, type PyValue, tensorValue } from '../../evaluator/values';
import { binaryOp } from '../binaryOps';
import { allAny, amaxAmin, argExtremum, extremumAll, extremumWithIndices, logsumexp, mean, sum } from '../reductions';
import { logSoftmax, softmax } from '../softmax';
import type { Tensor } from '../tensor';
import { bind, keywordOnly, optional, required } from './args';
import type { MethodTable } from './methodTypes';

const tensorResult = (t: Tensor): PyValue => tensorValue(t);
const FALSE: PyValue = { kind: 'bool', value: false };

function sumOrMean(name: 'sum' | 'mean') {
  return (self: Tensor, args: CallArgs): PyValue => {
    const a = bind(name, [optional('dim'), optional('keepdim', FALSE), keywordOnly('dtype')], args);
    const compute = name === 'sum' ? sum : mean;
    return tensorResult(compute(self, a.optionalIntList('dim'), a.bool('keepdim'), a.dtype('dtype')));
  };
}

/** max() → a 0-dim tensor; max(dim, keepdim=False) → (values, indices); max(other) → elementwise maximum. */
function extremum(which: 'max' | 'min') {
  return (self: Tensor, args: CallArgs): PyValue => {
    const first = args.positional[0] ?? args.keyword.get('other');
    if (first !== undefined && first.kind === 'tensor' && !args.keyword.has('dim')) {
      bind(which, [required('other')], args);
      return tensorResult(binaryOp(which === 'max' ? 'maximum' : 'minimum', self, first.tensor));
    }
    const a = bind(which, [optional('dim'), optional('keepdim', FALSE)], args);
    if (!a.has('dim')) {
      if (args.keyword.has('keepdim') || args.positional.length > 1) throw new PythonError('TypeError', `${which}() received an invalid combination of arguments`);
      return tensorResult(extremumAll(self, which));
    }
    return extremumWithIndices(self, a.int('dim'), a.bool('keepdim'), which);
  };
}

function argExtremumMethod(which: 'max' | 'min') {
  const name = which === 'max' ? 'argmax' : 'argmin';
  return (self: Tensor, args: CallArgs): PyValue => {
    const a = bind(name, [optional('dim'), optional('keepdim', FALSE)], args);
    return tensorResult(argExtremum(self, a.optionalInt('dim'), a.bool('keepdim'), which));
  };
}

function amaxMethod(which: 'max' | 'min') {
  const name = which === 'max' ? 'amax' : 'amin';
  return (self: Tensor, args: CallArgs): PyValue => {
    const a = bind(name, [optional('dim', { kind: 'tuple', items: [] }), optional('keepdim', FALSE)], args);
    return tensorResult(amaxAmin(self, a.intList('dim'), a.bool('keepdim'), which));
  };
}

function allAnyMethod(which: 'all' | 'any') {
  return (self: Tensor, args: CallArgs): PyValue => {
    const a = bind(which, [optional('dim'), optional('keepdim', FALSE)], args);
    return tensorResult(allAny(self, a.optionalInt('dim'), a.bool('keepdim'), which));
  };
}

function softmaxMethod(name: 'softmax' | 'log_softmax') {
  return (self: Tensor, args: CallArgs): PyValue => {
    const a = bind(name, [required('dim'), optional('dtype')], args);
    const compute = name === 'softmax' ? softmax : logSoftmax;
    return tensorResult(compute(self, a.int('dim'), a.dtype('dtype')));
  };
}

export const REDUCTION_METHODS: MethodTable = {
  sum: sumOrMean('sum'),
  mean: sumOrMean('mean'),
  max: extremum('max'),
  min: extremum('min'),
  argmax: argExtremumMethod('max'),
  argmin: argExtremumMethod('min'),
  amax: amaxMethod('max'),
  amin: amaxMethod('min'),
  all: allAnyMethod('all'),
  any: allAnyMethod('any'),
  logsumexp: (self, args) => {
    const a = bind('logsumexp', [required('dim'), optional('keepdim', FALSE)], args);
    return tensorResult(logsumexp(self, a.intList('dim'), a.bool('keepdim')));
  },
  softmax: softmaxMethod('softmax'),
  log_softmax: softmaxMethod('log_softmax'),
};
