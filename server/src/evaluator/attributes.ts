// `value.name`: tensor attributes and methods, instance attributes and methods, class attributes, PyTorch
// namespaces (`torch.nn.functional`), `super()`, and the few list, dict and str methods smoothing code uses.
import type { Interpreter } from './interpreter';
import { BoundMethod, ClassObject, FunctionObject, InstanceObject, SuperProxy, ImportedName, asObject, objectValue } from './objects';
import { typeName } from './expressions';
import { namedTupleField, tensorAttribute, tensorMethod, torchConstant } from '../tensor';
import { dictMethod, listMethod, tupleMethod } from './containerMethods';
import { strAttribute } from './strAttributes';
import { numberAttribute } from './numberAttributes';
import { truncatedByMethod } from './truncatedWrites';
import { CallArgs, PyValue, PythonError, NONE, int, native, unknown } from './values';

export function getAttribute(it: Interpreter, value: PyValue, name: string): PyValue {
  switch (value.kind) {
    case 'unknown': return value;
    case 'tensor': {
      const method = tensorMethod(name);
      const tensor = value.tensor;
      const run = (args: CallArgs) => method!((args.positional[0] as { tensor: typeof tensor }).tensor, { positional: args.positional.slice(1), keyword: args.keyword });
      return tensorAttribute(tensor, name) ?? (method && native(`Tensor.${name}`, args => {
        const truncated = truncatedByMethod(value, name, args);
        const result = it.tangents.apply(name, run, { positional: [value, ...args.positional], keyword: args.keyword });
        if (truncated !== undefined) it.noteTruncatedWrite(name, tensor.dtype, truncated);
        return result;
      }))
        ?? unknown(`\`Tensor.${name}\` is not modelled`);
    }
    case 'tuple': return namedTupleField(value, name) ?? tupleMethod(name) ?? noAttribute(value, name);
    case 'list': return listMethod(it, value, name) ?? noAttribute(value, name);
    case 'dict': return dictMethod(value, name) ?? noAttribute(value, name);
    case 'str': return strAttribute(value, name) ?? noAttribute(value, name);
    case 'int': case 'bool': case 'float': return numberAttribute(value, name) ?? noAttribute(value, name);
    case 'size':
      if (name === 'numel') return native('numel', () => int(value.dims.reduce((a, b) => a * b, 1)));
      return noAttribute(value, name);
    case 'object': return objectAttribute(it, value, name);
    default: return noAttribute(value, name);
  }
}

function objectAttribute(it: Interpreter, value: PyValue & { kind: 'object' }, name: string): PyValue {
  const object = value.object;
  if (object instanceof ImportedName) {
    const qualifiedName = `${object.qualifiedName}.${name}`;
    return torchConstant(qualifiedName) ?? objectValue(new ImportedName(qualifiedName));
  }
  if (object instanceof InstanceObject) {
    const own = object.attributes.get(name);
    if (own) return own;
    const found = object.cls.lookup(name);
    if (found) return bindIfFunction(value, found);
    if (object.cls.isTorchModule) return moduleAttribute(object, name);
    throw new PythonError('AttributeError', `'${object.cls.name}' object has no attribute '${name}'`);
  }
  if (object instanceof ClassObject) {
    const found = object.lookup(name);
    if (found) return found;
    throw new PythonError('AttributeError', `type object '${object.name}' has no attribute '${name}'`);
  }
  if (object instanceof SuperProxy) {
    for (const base of object.start.bases) {
      const baseClass = asObject(base, ClassObject);
      const found = baseClass?.lookup(name);
      if (found) return bindIfFunction(object.self, found);
      const torchBase = asObject(base, ImportedName);
      if (torchBase && name === '__init__') return native('__init__', () => NONE);   // nn.Module.__init__
    }
    return unknown(`\`super().${name}\` is not modelled`);
  }
  return it.builtinAttribute(object, name) ?? unknown(`\`${object.typeName}.${name}\` is not modelled`);
}

/** What nn.Module gives every module: register_buffer, training, and methods that return the module. */
function moduleAttribute(instance: InstanceObject, name: string): PyValue {
  const self = objectValue(instance);
  switch (name) {
    case 'register_buffer':
      return native('register_buffer', args => {
        const [key, tensor] = args.positional;
        if (key?.kind === 'str') instance.attributes.set(key.value, tensor ?? args.keyword.get('tensor') ?? NONE);
        return NONE;
      });
    case 'training': return { kind: 'bool', value: true };
    case 'train': case 'eval': case 'to': case 'cuda': case 'cpu': case 'float': case 'double':
      return native(name, () => self);
    default:
      return unknown(`\`${instance.cls.name}.${name}\` is not set in this code`);
  }
}

function bindIfFunction(self: PyValue, found: PyValue): PyValue {
  const fn = asObject(found, FunctionObject);
  return fn ? objectValue(new BoundMethod(self, fn)) : found;
}

function noAttribute(value: PyValue, name: string): never {
  throw new PythonError('AttributeError', `'${typeName(value)}' object has no attribute '${name}'`);
}
