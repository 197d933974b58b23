// Python operators where at least one side is a tensor: `a + b`, `-t`, `~mask`, `t += x`, `labels == pad`.
import { PythonError, type PyValue, tensorValue, Unsupported } from '../../evaluator/values';
import { binaryOp, binaryOpInPlace, type BinaryOp } from '../binaryOps';
import { isFloating } from '../dtype';
import type { Operand } from '../operand';
import { forgetValues } from '../tensor';
import { unaryOp } from '../unaryOps';
import { operandOf, pythonTypeName } from './args';
import { checkInPlaceAllowed, markInPlace, markResult, recordsHistory, tensorsIn } from '../autograd';
import { operatorGradFn } from './gradFnNames';

const OPERATORS: Record<string, BinaryOp> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '//': 'floor_divide', '%': 'remainder', '**': 'pow',
  '==': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '&': 'bitwise_and', '|': 'bitwise_or', '^': 'bitwise_xor',
};

function operands(op: string, a: PyValue, b: PyValue): [Operand, Operand] | undefined {
  const left = operandOf(a);
  const right = operandOf(b);
  if (left !== undefined && right !== undefined) return [left, right];
  return undefined;
}

/** `a op b` with a tensor on at least one side. */
export function binaryOperator(op: string, a: PyValue, b: PyValue): PyValue {
  if (a.kind === 'unknown') return a;
  if (b.kind === 'unknown') return b;
  if (op === '@') throw new Unsupported('matrix multiplication is not modelled');
  const binary = OPERATORS[op];
  if (binary === undefined) throw new Error(`not a binary operator: ${op}`);
  const pair = operands(op, a, b);
  if (pair === undefined) {
    // Python falls back to identity for == and != when the tensor does not handle the other type.
    if (op === '==') return { kind: 'bool', value: false };
    if (op === '!=') return { kind: 'bool', value: true };
    throw new PythonError('TypeError', `unsupported operand type(s) for ${op}: '${pythonTypeName(a)}' and '${pythonTypeName(b)}'`);
  }
  const result = tensorValue(binaryOp(binary, pair[0], pair[1]));
  const inputs = tensorsIn([a, b]);
  if (recordsHistory(inputs)) markResult(result, inputs, operatorGradFn(op, a.kind === 'tensor', b.kind === 'tensor'));
  return result;
}

/** `-t`, `+t`, `~t`. */
export function unaryOperator(op: '-' | '+' | '~', a: PyValue): PyValue {
  if (a.kind === 'unknown') return a;
  if (a.kind !== 'tensor') throw new Error('unaryOperator needs a tensor');
  const t = a.tensor;
  switch (op) {
    case '-': {
      const result = tensorValue(unaryOp('neg', t));
      if (recordsHistory([t])) markResult(result, [t], 'NegBackward0');
      return result;
    }
    case '+':
      if (t.dtype === 'bool') throw new PythonError('RuntimeError', 'The `+` operator, on a bool tensor is not supported.');
      return a;
    case '~':
      if (isFloating(t.dtype)) throw new PythonError('TypeError', '~ (operator.invert) is only implemented on integer and Boolean-type tensors');
      return tensorValue(unaryOp('bitwise_not', t));
  }
}

/** `target op= b`: in place when target is a tensor (returns it), else `target op b`. */
export function inPlaceOperator(op: string, target: PyValue, b: PyValue): PyValue {
  if (target.kind === 'unknown') return target;
  if (b.kind === 'unknown') {
    // `t += unknown` changes t in place: whatever else holds it (a view, `self.t`) no longer knows its values.
    if (target.kind === 'tensor') forgetValues(target.tensor, b.reason);
    return b;
  }
  const operator = op.endsWith('=') ? op.slice(0, -1) : op;
  if (target.kind !== 'tensor') return binaryOperator(operator, target, b);
  if (operator === '@') throw new Unsupported('matrix multiplication is not modelled');
  const binary = OPERATORS[operator];
  const other = operandOf(b);
  if (binary === undefined || other === undefined) {
    throw new PythonError('TypeError', `unsupported operand type(s) for ${op}: 'Tensor' and '${pythonTypeName(b)}'`);
  }
  const history = recordsHistory(tensorsIn([target, b]));
  if (history) checkInPlaceAllowed(target.tensor, false);
  binaryOpInPlace(binary, target.tensor, other);
  if (history) markInPlace(target.tensor, operatorGradFn(operator, true, b.kind === 'tensor'));
  return target;
}
