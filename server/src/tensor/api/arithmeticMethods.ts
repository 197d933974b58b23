// Elementwise tensor methods: add/sub/mul/div… (and their in-place forms), comparisons, unary functions,
// clamp, where and lerp.
import { PythonError, type PyValue, tensorValue } from '../../evaluator/values';
import { binaryOp, binaryOpInPlace, type BinaryOp, type BinaryOptions } from '../binaryOps';
import { clamp, clampInPlace } from '../clamp';
import { lerp, lerpInPlace } from '../lerp';
import type { Tensor } from '../tensor';
import { unaryOp, unaryOpInPlace, type UnaryOp } from '../unaryOps';
import { where } from '../where';
import { bind, type BoundArgs, keywordOnly, optional, required } from './args';
import type { MethodTable } from './methodTypes';

const tensorResult = (t: Tensor): PyValue => tensorValue(t);

/** The keyword PyTorch names each binary method's second operand with. */
const OTHER_NAME: Partial<Record<BinaryOp, string>> = { pow: 'exponent' };

function binaryOptions(op: BinaryOp, a: BoundArgs): BinaryOptions {
  if (op === 'add' || op === 'sub') return { alpha: a.has('alpha') ? a.operand('alpha') : undefined };
  if (op === 'div' && a.has('rounding_mode')) {
    const mode = a.str('rounding_mode');
    if (mode !== 'trunc' && mode !== 'floor') {
      throw new PythonError('RuntimeError', `div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '${mode}'`);
    }
    return { roundingMode: mode };
  }
  return {};
}

function binaryParams(op: BinaryOp) {
  const params = [required(OTHER_NAME[op] ?? 'other')];
  if (op === 'add' || op === 'sub') params.push(keywordOnly('alpha'));
  if (op === 'div') params.push(keywordOnly('rounding_mode'));
  return params;
}

function binaryMethod(op: BinaryOp, name: string = op) {
  return (self: Tensor, args: Parameters<MethodTable[string]>[1]): PyValue => {
    const a = bind(name, binaryParams(op), args);
    return tensorResult(binaryOp(op, self, a.operand(OTHER_NAME[op] ?? 'other'), binaryOptions(op, a)));
  };
}

function binaryInPlaceMethod(op: BinaryOp, name: string) {
  return (self: Tensor, args: Parameters<MethodTable[string]>[1]): PyValue => {
    const a = bind(name, binaryParams(op), args);
    return tensorResult(binaryOpInPlace(op, self, a.operand(OTHER_NAME[op] ?? 'other'), binaryOptions(op, a)));
  };
}

function unaryMethod(op: UnaryOp, name: string = op) {
  return (self: Tensor, args: Parameters<MethodTable[string]>[1]): PyValue => {
    bind(name, [], args);
    return tensorResult(unaryOp(op, self));
  };
}

function unaryInPlaceMethod(op: UnaryOp, name: string) {
  return (self: Tensor, args: Parameters<MethodTable[string]>[1]): PyValue => {
    bind(name, [], args);
    return tensorResult(unaryOpInPlace(op, self));
  };
}

const BINARY_OPS: readonly BinaryOp[] = [
  'add', 'sub', 'mul', 'div', 'floor_divide', 'remainder', 'fmod', 'pow', 'eq', 'ne', 'lt', 'le', 'gt', 'ge',
  'bitwise_and', 'bitwise_or', 'bitwise_xor', 'logical_and', 'logical_or', 'logical_xor', 'maximum', 'minimum',
];
const IN_PLACE_BINARY_OPS: readonly BinaryOp[] = ['add', 'sub', 'mul', 'div', 'floor_divide', 'remainder', 'fmod', 'pow', 'bitwise_and', 'bitwise_or', 'bitwise_xor'];
const BINARY_ALIASES: Record<string, BinaryOp> = {
  subtract: 'sub', multiply: 'mul', divide: 'div', true_divide: 'div', greater: 'gt', greater_equal: 'ge', less: 'lt', less_equal: 'le', not_equal: 'ne',
};
const UNARY_OPS: readonly UnaryOp[] = [
  'neg', 'abs', 'sign', 'floor', 'ceil', 'round', 'trunc', 'square', 'relu', 'exp', 'log', 'log1p', 'log2', 'log10', 'expm1',
  'sqrt', 'rsqrt', 'sigmoid', 'tanh', 'sin', 'cos', 'reciprocal', 'logical_not', 'bitwise_not', 'isnan', 'isinf', 'isfinite',
];
const IN_PLACE_UNARY_OPS: readonly UnaryOp[] = [
  'neg', 'abs', 'sign', 'floor', 'ceil', 'round', 'trunc', 'square', 'relu', 'exp', 'log', 'log1p', 'log2', 'log10', 'expm1',
  'sqrt', 'rsqrt', 'sigmoid', 'tanh', 'sin', 'cos', 'reciprocal', 'logical_not', 'bitwise_not',
];

function clampArgs(name: string, args: Parameters<MethodTable[string]>[1]) {
  const a = bind(name, [optional('min'), optional('max')], args);
  return { min: a.optionalOperand('min'), max: a.optionalOperand('max') };
}

export const ARITHMETIC_METHODS: MethodTable = {
  ...Object.fromEntries(BINARY_OPS.map(op => [op, binaryMethod(op)])),
  ...Object.fromEntries(IN_PLACE_BINARY_OPS.map(op => [`${op}_`, binaryInPlaceMethod(op, `${op}_`)])),
  ...Object.fromEntries(Object.entries(BINARY_ALIASES).map(([alias, op]) => [alias, binaryMethod(op, alias)])),
  ...Object.fromEntries(Object.entries(BINARY_ALIASES).map(([alias, op]) => [`${alias}_`, binaryInPlaceMethod(op, `${alias}_`)])),
  ...Object.fromEntries(UNARY_OPS.map(op => [op, unaryMethod(op)])),
  ...Object.fromEntries(IN_PLACE_UNARY_OPS.map(op => [`${op}_`, unaryInPlaceMethod(op, `${op}_`)])),
  negative: unaryMethod('neg', 'negative'),
  clamp: (self, args) => {
    const { min, max } = clampArgs('clamp', args);
    return tensorResult(clamp(self, min, max));
  },
  clip: (self, args) => {
    const { min, max } = clampArgs('clip', args);
    return tensorResult(clamp(self, min, max));
  },
  clamp_: (self, args) => {
    const { min, max } = clampArgs('clamp_', args);
    return tensorResult(clampInPlace(self, min, max));
  },
  clip_: (self, args) => {
    const { min, max } = clampArgs('clip_', args);
    return tensorResult(clampInPlace(self, min, max));
  },
  clamp_min: (self, args) => tensorResult(clamp(self, bind('clamp_min', [required('min')], args).operand('min'), undefined)),
  clamp_max: (self, args) => tensorResult(clamp(self, undefined, bind('clamp_max', [required('max')], args).operand('max'))),
  where: (self, args) => {
    const a = bind('where', [required('condition'), required('other')], args);
    return tensorResult(where(a.tensor('condition'), self, a.tensor('other')));
  },
  lerp: (self, args) => {
    const a = bind('lerp', [required('end'), required('weight')], args);
    return tensorResult(lerp(self, a.tensor('end'), a.operand('weight')));
  },
  lerp_: (self, args) => {
    const a = bind('lerp_', [required('end'), required('weight')], args);
    return tensorResult(lerpInPlace(self, a.tensor('end'), a.operand('weight')));
  },
};
