// Evaluates expressions: literals, names, operators, attribute access, subscripts, calls, comprehensions.
// Unknown operands give unknown results (with the first reason); PyTorch's and Python's errors propagate.
import type { Node } from 'web-tree-sitter';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { FunctionObject, objectValue } from './objects';
import { BinaryOperator, ComparisonOperator, numberOf, scalarBinary, scalarCompare, scalarEquals, truthiness } from './pythonScalars';
import { callValue, evaluateArguments } from './calls';
import { getAttribute } from './attributes';
import { getSubscript, sliceValue } from './subscripts';
import { iterate } from './iteration';
import { stringLiteral } from './strings';
import { assignTarget } from './assignment';
import { Scope } from './scope';
import { binaryOperator, tensorTruth, unaryOperator } from '../tensor';
import { PyValue, PythonError, Unsupported, bool, float, int, unknown, NONE } from './values';

export function evaluate(it: Interpreter, node: Node, frame: Frame): PyValue {
  const budget = it.budget;
  budget.step();
  budget.enterNesting();
  try {
    return evaluateNode(it, node, frame);
  } finally {
    budget.exitNesting();
  }
}

function evaluateNode(it: Interpreter, node: Node, frame: Frame): PyValue {
  switch (node.type) {
    case 'identifier': {
      const value = lookupName(it, node.text, frame);
      // Names holding tensors or numbers are what previews and value-based rules ask about.
      if (value.kind === 'tensor' || value.kind === 'float' || value.kind === 'int') it.recorder.record(frame.source, node, value);
      return value;
    }
    case 'integer': return integerLiteral(node.text);
    case 'float': return /[jJ]$/.test(node.text) ? unknown('complex numbers are not modelled') : float(Number(node.text.replace(/_/g, '')));
    case 'true': return bool(true);
    case 'false': return bool(false);
    case 'none': return NONE;
    case 'ellipsis': return { kind: 'ellipsis' };
    case 'string': return stringLiteral(node, expression => evaluate(it, expression, frame));
    case 'concatenated_string':
      return { kind: 'str', value: node.namedChildren.map(part => (stringLiteral(part!, e => evaluate(it, e, frame)) as { value: string }).value).join('') };
    case 'parenthesized_expression': return evaluate(it, node.namedChildren[0]!, frame);
    case 'tuple': case 'expression_list': return { kind: 'tuple', items: evaluateItems(it, node, frame) };
    case 'list': return { kind: 'list', items: evaluateItems(it, node, frame) };
    case 'dictionary': return dictionary(it, node, frame);
    case 'attribute': {
      const object = evaluate(it, node.childForFieldName('object')!, frame);
      const value = getAttribute(it, object, node.childForFieldName('attribute')!.text);
      // A module's numbers (`self.smoothing / (self.size - 2)`) are what value-based rules read in its methods.
      if (value.kind === 'float' || value.kind === 'int') it.recorder.record(frame.source, node, value);
      return value;
    }
    case 'subscript': return subscript(it, node, frame);
    case 'slice': return sliceValue(node, part => evaluate(it, part, frame));
    case 'call': return call(it, node, frame);
    case 'binary_operator': {
      const left = evaluate(it, node.childForFieldName('left')!, frame);
      const right = evaluate(it, node.childForFieldName('right')!, frame);
      return binary(it, node.childForFieldName('operator')!.type as BinaryOperator, left, right);
    }
    case 'unary_operator': return unary(it, node.childForFieldName('operator')!.type, evaluate(it, node.childForFieldName('argument')!, frame));
    case 'not_operator': {
      const truth = truthOf(evaluate(it, node.childForFieldName('argument')!, frame));
      return truth === undefined ? unknown('the condition is not known') : bool(!truth);
    }
    case 'boolean_operator': return booleanOperator(it, node, frame);
    case 'comparison_operator': return comparison(it, node, frame);
    case 'conditional_expression': {
      const [whenTrue, condition, whenFalse] = node.namedChildren as Node[];
      const truth = truthOf(evaluate(it, condition, frame));
      if (truth === undefined) return unknown(`the condition \`${condition.text}\` is not known`);
      return evaluate(it, truth ? whenTrue : whenFalse, frame);
    }
    case 'lambda': return lambda(it, node, frame);
    case 'list_comprehension': return { kind: 'list', items: comprehension(it, node, frame) };
    case 'generator_expression': return { kind: 'tuple', items: comprehension(it, node, frame) };
    case 'keyword_argument': case 'list_splat': case 'dictionary_splat':
      throw new Unsupported(`${node.type} outside a call`);
    default:
      return unknown(`\`${node.type.replace(/_/g, ' ')}\` expressions are not modelled`);
  }
}

export function lookupName(it: Interpreter, name: string, frame: Frame): PyValue {
  return frame.scope.lookup(name) ?? it.builtin(name, frame) ?? unknown(`\`${name}\` is not defined in this code`);
}

function integerLiteral(text: string): PyValue {
  const digits = text.replace(/_/g, '').toLowerCase();
  if (digits.endsWith('j')) return unknown('complex numbers are not modelled');
  if (digits.endsWith('l')) return int(Number(digits.slice(0, -1)));
  return int(/^0[xob]/.test(digits) ? Number(digits) : Number(digits.replace(/^0+(?=\d)/, '')));
}

function evaluateItems(it: Interpreter, node: Node, frame: Frame): PyValue[] {
  const items: PyValue[] = [];
  for (const child of node.namedChildren) {
    if (!child || child.type === 'comment') continue;
    if (child.type === 'list_splat') items.push(...iterate(it, evaluate(it, child.namedChildren[0]!, frame)));
    else items.push(evaluate(it, child, frame));
  }
  return items;
}

function dictionary(it: Interpreter, node: Node, frame: Frame): PyValue {
  const entries = new Map<string, PyValue>();
  for (const pair of node.namedChildren) {
    if (!pair || pair.type !== 'pair') {
      if (pair?.type === 'comment') continue;
      return unknown('dictionary unpacking is not modelled');
    }
    const key = evaluate(it, pair.childForFieldName('key')!, frame);
    if (key.kind !== 'str') return unknown('dictionaries with non-string keys are not modelled');
    entries.set(key.value, evaluate(it, pair.childForFieldName('value')!, frame));
  }
  return { kind: 'dict', entries };
}

function subscript(it: Interpreter, node: Node, frame: Frame): PyValue {
  const value = evaluate(it, node.childForFieldName('value')!, frame);
  const index = subscriptIndex(it, node, frame);
  if (value.kind === 'tensor') {
    return it.tangents.apply('getitem', args => getSubscript(args.positional[0], args.positional[1]), { positional: [value, index], keyword: new Map() });
  }
  return getSubscript(value, index);
}

/** `a[i]` → i; `a[i, j]` → (i, j). */
export function subscriptIndex(it: Interpreter, node: Node, frame: Frame): PyValue {
  const parts = node.childrenForFieldName('subscript').map(part => evaluate(it, part, frame));
  const trailingComma = node.children.some((child, i) => child?.type === ',' && node.children[i + 1]?.type === ']');
  return parts.length === 1 && !trailingComma ? parts[0] : { kind: 'tuple', items: parts };
}

function call(it: Interpreter, node: Node, frame: Frame): PyValue {
  const callee = evaluate(it, node.childForFieldName('function')!, frame);
  const argumentsNode = node.childForFieldName('arguments')!;
  if (argumentsNode.type === 'generator_expression') {
    return callValue(it, callee, { positional: [evaluate(it, argumentsNode, frame)], keyword: new Map() });
  }
  const args = evaluateArguments(it, argumentsNode, frame);
  const result = callValue(it, callee, args);
  it.recorder.record(frame.source, node, result);
  return result;
}

/** Operators by the name of the operation they are, for carrying tangents (tangents.ts). */
const OPERATION_NAMES: Partial<Record<BinaryOperator, string>> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div' };

export function binary(it: Interpreter, op: BinaryOperator, left: PyValue, right: PyValue): PyValue {
  if (left.kind === 'unknown') return left;
  if (right.kind === 'unknown') return right;
  if (left.kind === 'tensor' || right.kind === 'tensor') {
    return it.tangents.apply(OPERATION_NAMES[op] ?? op, args => binaryOperator(op, args.positional[0], args.positional[1]),
      { positional: [left, right], keyword: new Map() });
  }
  const result = scalarBinary(op, sizeAsTuple(left), sizeAsTuple(right));
  if (result) return result;
  throw new PythonError('TypeError', `unsupported operand type(s) for ${op}: '${typeName(left)}' and '${typeName(right)}'`);
}

function sizeAsTuple(value: PyValue): PyValue {
  return value.kind === 'size' ? { kind: 'tuple', items: value.dims.map(int) } : value;
}

export function typeName(value: PyValue): string {
  switch (value.kind) {
    case 'none': return 'NoneType';
    case 'tensor': return 'Tensor';
    case 'object': return value.object.typeName;
    case 'size': return 'Size';
    case 'str': return value.device ? 'torch.device' : 'str';
    default: return value.kind;
  }
}

function unary(it: Interpreter, op: string, value: PyValue): PyValue {
  if (value.kind === 'unknown') return value;
  if (value.kind === 'tensor') {
    return it.tangents.apply(op === '-' ? 'neg' : op === '+' ? 'pos' : op,
      args => unaryOperator(op as '-' | '+' | '~', args.positional[0]), { positional: [value], keyword: new Map() });
  }
  const x = numberOf(value);
  if (x === undefined) throw new PythonError('TypeError', `bad operand type for unary ${op}: '${typeName(value)}'`);
  const integral = value.kind !== 'float';
  switch (op) {
    case '-': return integral ? int(-x) : float(-x);
    case '+': return integral ? int(x) : float(x);
    case '~':
      if (!integral) throw new PythonError('TypeError', "bad operand type for unary ~: 'float'");
      return int(~x);
    default: return unknown(`the operator ${op} is not modelled`);
  }
}

/** Truth value; a tensor's is its single element's (PyTorch raises for more than one). */
export function truthOf(value: PyValue): boolean | undefined {
  if (value.kind === 'tensor') return tensorTruth(value.tensor);
  return truthiness(value);
}

function booleanOperator(it: Interpreter, node: Node, frame: Frame): PyValue {
  const left = evaluate(it, node.childForFieldName('left')!, frame);
  const truth = truthOf(left);
  if (truth === undefined) return unknown(`the condition \`${node.childForFieldName('left')!.text}\` is not known`);
  const isAnd = node.childForFieldName('operator')!.type === 'and';
  if (isAnd ? !truth : truth) return left;
  return evaluate(it, node.childForFieldName('right')!, frame);
}

function comparison(it: Interpreter, node: Node, frame: Frame): PyValue {
  // a < b < c: operands are the named children, operators the anonymous tokens between them.
  const operands = node.namedChildren.filter((child): child is Node => !!child && child.type !== 'comment');
  const operators = node.children.filter(child => child && !child.isNamed).map(child => child!.type);
  const joined: string[] = [];
  for (let i = 0; i < operators.length; i++) {
    if ((operators[i] === 'not' && operators[i + 1] === 'in') || (operators[i] === 'is' && operators[i + 1] === 'not')) {
      joined.push(`${operators[i]} ${operators[i + 1]}`);
      i++;
    } else {
      joined.push(operators[i]);
    }
  }
  let left = evaluate(it, operands[0], frame);
  let result: PyValue = bool(true);
  for (let i = 0; i < joined.length; i++) {
    const right = evaluate(it, operands[i + 1], frame);
    result = compare(it, joined[i], left, right);
    if (joined.length > 1) {
      const truth = truthOf(result);
      if (truth === undefined) return unknown('a chained comparison of unknown values');
      if (!truth) return result;
    }
    left = right;
  }
  return result;
}

function compare(it: Interpreter, op: string, left: PyValue, right: PyValue): PyValue {
  if (op === 'is' || op === 'is not') {
    const same = identical(left, right);
    return same === undefined ? unknown('identity of unknown values') : bool(op === 'is' ? same : !same);
  }
  if (op === 'in' || op === 'not in') {
    if (right.kind === 'unknown') return right;
    let found = false;
    for (const item of iterate(it, right)) {
      const equal = item.kind === 'tensor' || left.kind === 'tensor' ? truthOf(binaryOperator('==', left, item)) : scalarEquals(left, item);
      if (equal === undefined) return unknown('membership among unknown values');
      if (equal) { found = true; break; }
    }
    return bool(op === 'in' ? found : !found);
  }
  if (left.kind === 'unknown') return left;
  if (right.kind === 'unknown') return right;
  if (left.kind === 'tensor' || right.kind === 'tensor') return binaryOperator(op, left, right);
  const result = scalarCompare(op as ComparisonOperator, sizeAsTuple(left), sizeAsTuple(right));
  if (result === undefined) {
    throw new PythonError('TypeError', `'${op}' not supported between instances of '${typeName(left)}' and '${typeName(right)}'`);
  }
  return bool(result);
}

function identical(a: PyValue, b: PyValue): boolean | undefined {
  if (a.kind === 'unknown' || b.kind === 'unknown') return undefined;
  if (a.kind === 'none' || b.kind === 'none') return a.kind === b.kind;
  if (a.kind === 'bool' && b.kind === 'bool') return a.value === b.value;
  if (a.kind === 'tensor' && b.kind === 'tensor') return a.tensor === b.tensor;
  if (a.kind === 'object' && b.kind === 'object') return a.object === b.object;
  if (a.kind === 'dtype' && b.kind === 'dtype') return a.dtype === b.dtype;
  return a === b;
}

function lambda(it: Interpreter, node: Node, frame: Frame): PyValue {
  const defaults = new Map<string, PyValue>();
  const parameters = node.childForFieldName('parameters');
  for (const parameter of parameters?.namedChildren ?? []) {
    if (parameter?.type === 'default_parameter') {
      defaults.set(parameter.childForFieldName('name')!.text, evaluate(it, parameter.childForFieldName('value')!, frame));
    }
  }
  return objectValue(new FunctionObject('<lambda>', node, frame.source, frame.scope, defaults));
}

/** [expr for x in xs if cond ...], evaluated in a scope of its own, as in Python 3. */
function comprehension(it: Interpreter, node: Node, frame: Frame): PyValue[] {
  const body = node.childForFieldName('body')!;
  const clauses = node.namedChildren.filter((child): child is Node => !!child && (child.type === 'for_in_clause' || child.type === 'if_clause'));
  const scope = new Scope(frame.scope);
  const inner: Frame = { ...frame, scope };
  const results: PyValue[] = [];
  const run = (index: number): void => {
    it.budget.step();
    if (index === clauses.length) {
      results.push(evaluate(it, body, inner));
      return;
    }
    const clause = clauses[index];
    if (clause.type === 'if_clause') {
      const truth = truthOf(evaluate(it, clause.namedChildren[0]!, inner));
      if (truth === undefined) throw new Unsupported(`the comprehension's condition \`${clause.text}\` is not known`);
      if (truth) run(index + 1);
      return;
    }
    const iterable = evaluate(it, clause.childForFieldName('right')!, inner);
    for (const item of iterate(it, iterable)) {
      assignTarget(it, clause.childForFieldName('left')!, item, inner);
      run(index + 1);
    }
  };
  run(0);
  return results;
}
