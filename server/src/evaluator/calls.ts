// Calling things: functions and lambdas of the code (parameters bound as Python binds them), classes
// (instances, `__init__`), nn.Module instances (their `forward`), bound methods, and PyTorch's own functions.
import type { Node } from 'web-tree-sitter';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { BoundMethod, ClassObject, FunctionObject, InstanceObject, SuperProxy, ImportedName, asObject, objectValue } from './objects';
import { evaluate, typeName } from './expressions';
import { executeBlock, ReturnSignal } from './statements';
import { iterate } from './iteration';
import { torchFunction } from '../tensor';
import { Scope } from './scope';
import { CallArgs, PyValue, PythonError, Unsupported, NONE, unknown } from './values';

export function evaluateArguments(it: Interpreter, list: Node, frame: Frame): CallArgs {
  const positional: PyValue[] = [];
  const keyword = new Map<string, PyValue>();
  for (const argument of list.namedChildren) {
    if (!argument || argument.type === 'comment') continue;
    if (argument.type === 'keyword_argument') {
      keyword.set(argument.childForFieldName('name')!.text, evaluatedArgument(it, argument.childForFieldName('value')!, frame));
    } else if (argument.type === 'list_splat') {
      positional.push(...iterate(it, evaluate(it, argument.namedChildren[0]!, frame)));
    } else if (argument.type === 'dictionary_splat') {
      const mapping = evaluate(it, argument.namedChildren[0]!, frame);
      if (mapping.kind !== 'dict') throw new Unsupported(`**${argument.namedChildren[0]!.text} is not a known dictionary`);
      for (const [key, value] of mapping.entries) keyword.set(key, value);
    } else {
      positional.push(evaluatedArgument(it, argument, frame));
    }
  }
  return { positional, keyword };
}

/**
 * An argument's value, recorded when it is a tensor: rules judge what a loss was given (`criterion(logits,
 * y * 0.9 + 0.05)`) however the argument is spelled. Names and calls record themselves.
 */
function evaluatedArgument(it: Interpreter, node: Node, frame: Frame): PyValue {
  const value = evaluate(it, node, frame);
  if (value.kind === 'tensor' && node.type !== 'identifier' && node.type !== 'call') it.recorder.record(frame.source, node, value);
  return value;
}

export function callValue(it: Interpreter, callee: PyValue, args: CallArgs): PyValue {
  it.budget.step();
  switch (callee.kind) {
    case 'unknown': return callee;
    // nn modules (NLLLoss(), LogSoftmax(), …) are natives named by their class: their calls carry tangents. A tensor
    // method (`Tensor.mul`) carries its own, with self among its arguments (attributes.ts).
    case 'native': return /^[A-Z]/.test(callee.name) && !callee.name.startsWith('Tensor.') ? it.tangents.apply(callee.name, callee.call, args) : callee.call(args);
    case 'object': {
      const object = callee.object;
      if (object instanceof FunctionObject) return invoke(it, object, args);
      if (object instanceof BoundMethod) return invoke(it, object.fn, { positional: [object.self, ...args.positional], keyword: args.keyword });
      if (object instanceof ClassObject) return instantiate(it, object, args);
      if (object instanceof InstanceObject) return callInstance(it, callee, object, args);
      if (object instanceof ImportedName) return callTorch(it, object, args);
      if (object instanceof SuperProxy) break;
      return unknown(`calling a ${object.typeName} is not modelled`);
    }
    default: break;
  }
  throw new PythonError('TypeError', `'${typeName(callee)}' object is not callable`);
}

function callTorch(it: Interpreter, name: ImportedName, args: CallArgs): PyValue {
  const callable = torchFunction(name.qualifiedName);
  if (callable) return it.tangents.apply(name.qualifiedName.split('.').pop()!, callable, args);
  return unknown(`\`${name.qualifiedName}\` is not modelled`);
}

function callInstance(it: Interpreter, self: PyValue, instance: InstanceObject, args: CallArgs): PyValue {
  const method = instance.cls.lookup(instance.cls.isTorchModule ? 'forward' : '__call__')
    ?? instance.cls.lookup('__call__');
  const fn = method && asObject(method, FunctionObject);
  if (!fn) {
    if (instance.cls.isTorchModule) return unknown(`\`${instance.cls.name}\` has no forward() in this code`);
    throw new PythonError('TypeError', `'${instance.cls.name}' object is not callable`);
  }
  return invoke(it, fn, { positional: [self, ...args.positional], keyword: args.keyword }, instance.cls);
}

function instantiate(it: Interpreter, cls: ClassObject, args: CallArgs): PyValue {
  const instance = new InstanceObject(cls);
  const self = objectValue(instance);
  const init = cls.lookup('__init__');
  const fn = init && asObject(init, FunctionObject);
  if (fn) {
    invoke(it, fn, { positional: [self, ...args.positional], keyword: args.keyword }, definingClass(cls, '__init__'));
  } else if (!cls.isTorchModule && (args.positional.length || args.keyword.size)) {
    throw new PythonError('TypeError', `${cls.name}() takes no arguments`);
  }
  return self;
}

/** The class in `cls`'s hierarchy that defines `name` itself (what `super()` inside it starts from). */
export function definingClass(cls: ClassObject, name: string): ClassObject {
  if (cls.attributes.has(name)) return cls;
  for (const base of cls.bases) {
    const baseClass = asObject(base, ClassObject);
    if (baseClass?.lookup(name)) return definingClass(baseClass, name);
  }
  return cls;
}

/** Runs a function of the code with Python's parameter binding. */
export function invoke(it: Interpreter, fn: FunctionObject, args: CallArgs, methodClass?: ClassObject): PyValue {
  it.budget.enterCall();
  try {
    const scope = new Scope(fn.closure);
    bindParameters(fn, args, scope);
    const cls = methodClass ?? it.classOfMethod(fn);
    const frame: Frame = {
      scope, source: fn.source,
      method: cls && args.positional.length ? { cls, self: args.positional[0] } : undefined,
    };
    const body = fn.node.childForFieldName('body')!;
    if (fn.node.type === 'lambda') return evaluate(it, body, frame);
    let returned: PyValue = NONE;
    try {
      executeBlock(it, body, frame);
    } catch (signal) {
      if (signal instanceof PythonError) it.recorder.recordOutcome(fn, { raised: { type: signal.type, message: signal.message, at: it.locationOf(signal) } });
      if (!(signal instanceof ReturnSignal)) throw signal;
      returned = signal.value;
    }
    it.recorder.recordOutcome(fn, { returned });
    return returned;
  } finally {
    it.budget.exitCall();
  }
}

function bindParameters(fn: FunctionObject, args: CallArgs, scope: Scope): void {
  const parameters = fn.node.childForFieldName('parameters');
  const remaining = [...args.positional];
  const keywords = new Map(args.keyword);
  let keywordOnly = false;
  let variadicPositional: string | undefined;
  let variadicKeyword: string | undefined;
  const missing: string[] = [];
  for (const parameter of parameters?.namedChildren ?? []) {
    if (!parameter || parameter.type === 'comment') continue;
    if (parameter.type === 'keyword_separator') { keywordOnly = true; continue; }
    if (parameter.type === 'positional_separator') continue;
    if (parameter.type === 'list_splat_pattern') {
      variadicPositional = parameter.namedChildren[0]?.text;
      keywordOnly = true;
      continue;
    }
    if (parameter.type === 'dictionary_splat_pattern') { variadicKeyword = parameter.namedChildren[0]?.text; continue; }
    const name = parameterName(parameter);
    if (!name) continue;
    let value: PyValue | undefined;
    if (!keywordOnly && remaining.length) value = remaining.shift();
    if (keywords.has(name)) {
      if (value) throw new PythonError('TypeError', `${fn.name}() got multiple values for argument '${name}'`);
      value = keywords.get(name);
      keywords.delete(name);
    }
    value ??= fn.defaults.get(name);
    if (!value) missing.push(name);
    else scope.assign(name, value);
  }
  if (missing.length) {
    const names = missing.map(name => `'${name}'`);
    const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    throw new PythonError('TypeError', `${fn.name}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${listed}`);
  }
  if (variadicPositional) scope.assign(variadicPositional, { kind: 'tuple', items: remaining });
  else if (remaining.length) throw new PythonError('TypeError', `${fn.name}() takes fewer positional arguments than were given`);
  if (variadicKeyword) scope.assign(variadicKeyword, { kind: 'dict', entries: keywords });
  else if (keywords.size) throw new PythonError('TypeError', `${fn.name}() got an unexpected keyword argument '${[...keywords.keys()][0]}'`);
}

/** The name a parameter node binds: `x`, `x=1`, `x: int`, `x: int = 1`. */
export function parameterName(parameter: Node): string | undefined {
  switch (parameter.type) {
    case 'identifier': return parameter.text;
    case 'default_parameter': case 'typed_default_parameter': return parameter.childForFieldName('name')?.text;
    case 'typed_parameter': return parameter.namedChildren.find(child => child?.type === 'identifier')?.text;
    default: return undefined;
  }
}
