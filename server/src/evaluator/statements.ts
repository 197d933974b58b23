// Executes statements. Code the evaluator cannot follow (an unknown condition, an unsupported construct)
// does not stop the evaluation: what it may have changed becomes unknown, with the reason, and execution goes
// on. Python's and PyTorch's own errors stop it, as they would stop the program.
import type { Node } from 'web-tree-sitter';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { evaluate, truthOf, binary } from './expressions';
import { assignTarget, markUnknown } from './assignment';
import { iterateLazily } from './iteration';
import { ClassObject, FunctionObject, ImportedName, asObject, objectValue } from './objects';
import { parameterName } from './calls';
import { Scope } from './scope';
import { ExceptionValue } from './builtins';
import { inPlaceOperator, setGradEnabled } from '../tensor';
import { BinaryOperator } from './pythonScalars';
import { PyValue, PythonError, Unsupported, NONE, unknown } from './values';
import { BudgetExceeded } from './budget';

export class ReturnSignal {
  constructor(readonly value: PyValue) {}
}
class BreakSignal {}
class ContinueSignal {}

/** A class body's frame: functions defined in it close over the enclosing scope, not the class's. */
export interface ClassBodyFrame extends Frame {
  readonly classBody: true;
}

export function executeBlock(it: Interpreter, block: Node, frame: Frame): void {
  for (const statement of block.namedChildren) {
    if (!statement || statement.type === 'comment') continue;
    try {
      execute(it, statement, frame);
    } catch (error) {
      // One runaway module-level statement (`while True:`) costs its own values, not the rest of the file's.
      const renewed = error instanceof BudgetExceeded && error.steps && frame.scope === it.globals && it.budget.renew();
      if (error instanceof Unsupported || renewed) {
        it.noteUnsupported(frame.source, statement, error.message);
        markUnknown(it, frame, [statement], error.message);
        continue;
      }
      if (error instanceof PythonError) it.locate(error, frame.source, statement);
      throw error;
    }
  }
}

/** Runs one statement with the same error handling as a block (for callers that pick statements). */
export function executeBlockOf(it: Interpreter, statement: Node, frame: Frame): void {
  try {
    execute(it, statement, frame);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    it.noteUnsupported(frame.source, statement, error.message);
    markUnknown(it, frame, [statement], error.message);
  }
}

function execute(it: Interpreter, node: Node, frame: Frame): void {
  const budget = it.budget;
  budget.step();
  budget.enterNesting();
  const outerNode = it.statementNode;
  const outerSource = it.statementSource;
  it.statementNode = node;
  it.statementSource = frame.source;
  try {
    executeNode(it, node, frame);
  } finally {
    it.statementNode = outerNode;
    it.statementSource = outerSource;
    budget.exitNesting();
  }
}

function executeNode(it: Interpreter, node: Node, frame: Frame): void {
  switch (node.type) {
    case 'expression_statement':
      for (const expression of node.namedChildren) if (expression) expressionStatement(it, expression, frame);
      return;
    case 'if_statement': return ifStatement(it, node, frame);
    case 'for_statement': return forStatement(it, node, frame);
    case 'while_statement': return whileStatement(it, node, frame);
    case 'with_statement': return withStatement(it, node, frame);
    case 'function_definition': return defineFunction(it, node, frame);
    case 'class_definition': return defineClass(it, node, frame);
    case 'decorated_definition': return execute(it, node.childForFieldName('definition')!, frame);
    case 'return_statement': {
      // Outside a function, Python refuses the file (a SyntaxError); no call would catch the signal here.
      if (!insideFunction(node)) throw new Unsupported('`return` outside a function is a syntax error');
      const value = node.namedChildren[0];
      throw new ReturnSignal(value ? evaluate(it, value, frame) : NONE);
    }
    case 'pass_statement': return;
    case 'break_statement': case 'continue_statement':
      if (!insideLoop(node)) throw new Unsupported(`\`${node.type.split('_')[0]}\` outside a loop is a syntax error`);
      throw node.type === 'break_statement' ? new BreakSignal() : new ContinueSignal();
    case 'import_statement': case 'import_from_statement': case 'future_import_statement': return importStatement(node, frame);
    case 'global_statement': case 'nonlocal_statement':
      for (const name of node.namedChildren) if (name?.type === 'identifier') frame.scope.declareGlobal(name.text);
      return;
    case 'raise_statement': return raiseStatement(it, node, frame);
    case 'assert_statement': return assertStatement(it, node, frame);
    case 'try_statement': return tryStatement(it, node, frame);
    case 'delete_statement': return;
    case 'ERROR': throw new Unsupported('the code has a syntax error here');
    default: throw new Unsupported(`\`${node.type.replace(/_/g, ' ')}\` is not modelled`);
  }
}

/** Whether `return` here belongs to a function (a class body in between does not count, as in Python). */
function insideFunction(statement: Node): boolean {
  for (let node = statement.parent; node; node = node.parent) {
    if (node.type === 'function_definition') return true;
    if (node.type === 'class_definition') return false;
  }
  return false;
}

/** Whether `break`/`continue` here belongs to a loop of the same function: its body, not its `else` clause. */
function insideLoop(statement: Node): boolean {
  for (let child = statement, node = statement.parent; node; child = node, node = node.parent) {
    if ((node.type === 'for_statement' || node.type === 'while_statement') && node.childForFieldName('alternative')?.id !== child.id) return true;
    if (node.type === 'function_definition' || node.type === 'class_definition') return false;
  }
  return false;
}

function expressionStatement(it: Interpreter, node: Node, frame: Frame): void {
  if (node.type === 'assignment') {
    // a = b = value: the innermost right-hand side is evaluated once and bound to every target.
    const targets: Node[] = [];
    let current: Node = node;
    while (current.type === 'assignment') {
      targets.push(current.childForFieldName('left')!);
      const right = current.childForFieldName('right');
      if (!right) return;   // an annotation without a value: `x: int`
      current = right;
    }
    const value = evaluate(it, current, frame);
    for (const target of targets) assignTarget(it, target, value, frame);
    return;
  }
  if (node.type === 'augmented_assignment') return augmentedAssignment(it, node, frame);
  evaluate(it, node, frame);
}

function augmentedAssignment(it: Interpreter, node: Node, frame: Frame): void {
  const target = node.childForFieldName('left')!;
  const op = node.childForFieldName('operator')!.type.slice(0, -1) as BinaryOperator;
  const current = evaluate(it, target, frame);
  const operand = evaluate(it, node.childForFieldName('right')!, frame);
  // `t += x` changes a tensor in place (every alias sees it); `n += 1` rebinds.
  const inPlaceName = { '+': 'add_', '-': 'sub_', '*': 'mul_', '/': 'div_' }[op as string] ?? `${op}=`;
  const result = current.kind === 'tensor'
    ? it.tangents.apply(inPlaceName, args => inPlaceOperator(`${op}=`, args.positional[0], args.positional[1]), { positional: [current, operand], keyword: new Map() })
    : binary(it, op, current, operand);
  if (current.kind === 'tensor' && target.type === 'identifier') {
    it.recorder.record(frame.source, target, result);
    return;
  }
  assignTarget(it, target, result, frame);
}

function ifStatement(it: Interpreter, node: Node, frame: Frame): void {
  const branches: { condition?: Node; body: Node }[] = [
    { condition: node.childForFieldName('condition')!, body: node.childForFieldName('consequence')! },
  ];
  for (const alternative of node.childrenForFieldName('alternative')) {
    // elif_clause: condition + consequence; else_clause: body
    const body = alternative.childForFieldName('consequence') ?? alternative.childForFieldName('body')!;
    branches.push({ condition: alternative.childForFieldName('condition') ?? undefined, body });
  }
  for (const branch of branches) {
    if (!branch.condition) return executeBlock(it, branch.body, frame);
    const truth = truthOf(evaluate(it, branch.condition, frame));
    if (truth === undefined) {
      markUnknown(it, frame, branches.map(b => b.body), `it depends on \`${branch.condition.text}\`, which is not known`);
      return;
    }
    if (truth) return executeBlock(it, branch.body, frame);
  }
}

function forStatement(it: Interpreter, node: Node, frame: Frame): void {
  const body = node.childForFieldName('body')!;
  const iterable = evaluate(it, node.childForFieldName('right')!, frame);
  const elseClause = node.childForFieldName('alternative');
  if (iterable.kind === 'unknown') {
    markUnknown(it, frame, [node], `it is set in a loop over \`${node.childForFieldName('right')!.text}\`, which is not known`);
    return;
  }
  for (const item of iterateLazily(it, iterable)) {
    it.budget.step();
    assignTarget(it, node.childForFieldName('left')!, item, frame);
    const signal = runLoopBody(it, body, frame);
    if (signal === 'break') return;
  }
  if (elseClause) executeBlock(it, elseClause.childForFieldName('body') ?? elseClause, frame);
}

function whileStatement(it: Interpreter, node: Node, frame: Frame): void {
  const condition = node.childForFieldName('condition')!;
  const body = node.childForFieldName('body')!;
  for (;;) {
    it.budget.step();
    const truth = truthOf(evaluate(it, condition, frame));
    if (truth === undefined) {
      markUnknown(it, frame, [body], `it is set in a loop while \`${condition.text}\`, which is not known`);
      return;
    }
    if (!truth) break;
    if (runLoopBody(it, body, frame) === 'break') return;
  }
  const elseClause = node.childForFieldName('alternative');
  if (elseClause) executeBlock(it, elseClause.childForFieldName('body') ?? elseClause, frame);
}

function runLoopBody(it: Interpreter, body: Node, frame: Frame): 'break' | undefined {
  try {
    executeBlock(it, body, frame);
  } catch (signal) {
    if (signal instanceof BreakSignal) return 'break';
    if (signal instanceof ContinueSignal) return undefined;
    throw signal;
  }
  return undefined;
}

/** `with torch.no_grad():` and any other context manager: the body runs; `as` names are unknown. */
function withStatement(it: Interpreter, node: Node, frame: Frame): void {
  let gradDisabled = false;
  for (const item of node.descendantsOfType('with_item')) {
    if (!item) continue;
    const value = item.childForFieldName('value')!;
    if (value.type === 'as_pattern') {
      evaluate(it, value.namedChildren[0]!, frame);
      const target = value.childForFieldName('alias')?.namedChildren[0] ?? value.namedChildren[1]?.namedChildren[0];
      if (target) assignTarget(it, target, unknown(`the value of \`${value.text}\` is not modelled`), frame);
    } else {
      evaluate(it, value, frame);
    }
    gradDisabled ||= /^torch\.(no_grad|inference_mode)$/.test(it.program.imports.qualifiedName(callee(value)) ?? '');
  }
  const previous = gradDisabled ? setGradEnabled(false) : undefined;
  try {
    executeBlock(it, node.childForFieldName('body')!, frame);
  } finally {
    if (previous !== undefined) setGradEnabled(previous);
  }
}

/** `torch.no_grad()` → `torch.no_grad`; anything else as it is. */
function callee(expression: Node): Node {
  return expression.type === 'call' ? expression.childForFieldName('function')! : expression;
}

function defineFunction(it: Interpreter, node: Node, frame: Frame): void {
  const defaults = new Map<string, PyValue>();
  for (const parameter of node.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!parameter) continue;
    const value = parameter.childForFieldName('value');
    const name = parameterName(parameter);
    if (value && name) defaults.set(name, evaluate(it, value, frame));
  }
  const closure = 'classBody' in frame ? frame.scope.parent! : frame.scope;
  const name = node.childForFieldName('name')!.text;
  const fn = new FunctionObject(name, node, frame.source, closure, defaults);
  frame.scope.assign(name, objectValue(fn));
  it.recorder.recordDefinition(frame.source, node, fn);
}

function defineClass(it: Interpreter, node: Node, frame: Frame): void {
  const name = node.childForFieldName('name')!.text;
  const bases = (node.childForFieldName('superclasses')?.namedChildren ?? [])
    .filter((base): base is Node => !!base && base.type !== 'keyword_argument' && base.type !== 'comment')
    .map(base => evaluate(it, base, frame));
  const isTorchModule = bases.some(base =>
    asObject(base, ImportedName)?.qualifiedName === 'torch.nn.Module' || asObject(base, ClassObject)?.isTorchModule === true);
  const scope = new Scope(frame.scope);
  const body: ClassBodyFrame = { scope, source: frame.source, classBody: true };
  executeBlock(it, node.childForFieldName('body')!, body);
  const cls = new ClassObject(name, bases, new Map(scope.entries()), isTorchModule);
  for (const value of cls.attributes.values()) {
    const fn = asObject(value, FunctionObject);
    if (fn) it.registerMethod(fn, cls);
  }
  frame.scope.assign(name, objectValue(cls));
}

function importStatement(node: Node, frame: Frame): void {
  if (node.type === 'future_import_statement') return;
  if (node.type === 'import_statement') {
    for (const name of node.childrenForFieldName('name')) {
      if (name.type === 'aliased_import') {
        frame.scope.assign(name.childForFieldName('alias')!.text, importedModule(name.childForFieldName('name')!.text));
      } else {
        const head = name.text.split('.')[0];
        frame.scope.assign(head, importedModule(head));
      }
    }
    return;
  }
  const module = node.childForFieldName('module_name');
  if (!module || module.type !== 'dotted_name') return;   // relative imports: the names stay undefined
  if (node.namedChildren.some(child => child?.type === 'wildcard_import')) return;
  for (const name of node.childrenForFieldName('name')) {
    const imported = name.type === 'aliased_import' ? name.childForFieldName('name')!.text : name.text;
    const local = name.type === 'aliased_import' ? name.childForFieldName('alias')!.text : name.text;
    frame.scope.assign(local, importedModule(`${module.text}.${imported}`));
  }
}

function importedModule(qualifiedName: string): PyValue {
  return objectValue(new ImportedName(qualifiedName));
}

function raiseStatement(it: Interpreter, node: Node, frame: Frame): void {
  const expression = node.namedChildren[0];
  if (!expression) throw new Unsupported('a bare `raise` is not modelled');
  const value = evaluate(it, expression, frame);
  const exception = asObject(value, ExceptionValue);
  if (exception) throw new PythonError(exception.typeName, exception.message);
  if (value.kind === 'native') throw new PythonError(value.name, '');
  throw new Unsupported(`raising \`${expression.text}\` is not modelled`);
}

function assertStatement(it: Interpreter, node: Node, frame: Frame): void {
  const [test, message] = node.namedChildren as Node[];
  const truth = truthOf(evaluate(it, test, frame));
  if (truth === false) {
    const text = message ? evaluate(it, message, frame) : undefined;
    throw new PythonError('AssertionError', text?.kind === 'str' ? text.value : '');
  }
}

function tryStatement(it: Interpreter, node: Node, frame: Frame): void {
  const body = node.childForFieldName('body')!;
  const handlers = node.namedChildren.filter((child): child is Node => child?.type === 'except_clause');
  const finallyClause = node.namedChildren.find(child => child?.type === 'finally_clause');
  const elseClause = node.namedChildren.find(child => child?.type === 'else_clause');
  try {
    try {
      executeBlock(it, body, frame);
    } catch (error) {
      if (!(error instanceof PythonError) || handlers.length === 0) throw error;
      const handler = handlers.find(clause => catches(clause, error));
      if (!handler) throw error;
      const alias = handler.namedChildren.find(child => child?.type === 'as_pattern');
      const target = alias?.childForFieldName('alias')?.namedChildren[0];
      if (target) assignTarget(it, target, unknown('the caught exception is not modelled'), frame);
      executeBlock(it, handler.namedChildren.find(child => child?.type === 'block')!, frame);
      return;
    }
    if (elseClause) executeBlock(it, elseClause.childForFieldName('body') ?? elseClause.namedChildren.find(c => c?.type === 'block')!, frame);
  } finally {
    const block = finallyClause?.namedChildren.find(child => child?.type === 'block');
    if (block) executeBlock(it, block, frame);
  }
}

function catches(clause: Node, error: PythonError): boolean {
  const pattern = clause.namedChildren.find(child => child && child.type !== 'block' && child.type !== 'comment');
  if (!pattern) return true;   // bare except
  const names = (pattern.type === 'as_pattern' ? pattern.namedChildren[0]! : pattern).text.replace(/[()\s]/g, '').split(',');
  return names.some(name => name === 'Exception' || name === 'BaseException' || name === error.type);
}
