// What the interpreter resolves `torch.…` names to: functions (torch.zeros, F.cross_entropy, nn.CrossEntropyLoss,
// torch.manual_seed…) and constants (dtypes). Everything else under torch is unknown to the preview.
import { type CallArgs, type NativeFunction, PythonError, type PyValue, tensorValue, Unsupported } from '../evaluator/values';
import { binaryOp } from './binaryOps';
import { resultType } from './dtype';
import { promotionOperand } from './operand';
import { xlogy } from './losses/klDiv';
import { where } from './where';
import { bind, keywordOnly, operandOf, pythonTypeName, required, splitSelf } from './api/args';
import { isGradEnabled, markResult, recordsHistory, setGradEnabled, tensorsIn } from './autograd';
import { CREATION_FUNCTIONS, type NativeTable } from './api/creationFunctions';
import { LEGACY_AUTOGRAD, LEGACY_CONSTRUCTORS } from './api/legacyConstructors';
import { SHAPE_FUNCTIONS } from './api/shapeMethods';
import { DEVICE_FUNCTIONS } from './api/deviceFunction';
import { FUNCTIONAL_FUNCTIONS } from './api/functionalFunctions';
import { NN_MODULES } from './api/lossModules';
import { RANDOM_FUNCTIONS } from './api/randomFunctions';
import { tensorMethod } from './api/tensorMethods';
import { withUnknownPropagation } from './api/unknownPropagation';

/** torch.<name>(input, …) that behave exactly like the method input.<name>(…). */
const METHOD_FUNCTIONS = [
  'add', 'sub', 'subtract', 'mul', 'multiply', 'div', 'divide', 'true_divide', 'floor_divide', 'remainder', 'fmod',
  'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'greater', 'greater_equal', 'less', 'less_equal', 'not_equal',
  'logical_and', 'logical_or', 'logical_xor', 'bitwise_and', 'bitwise_or', 'bitwise_xor', 'maximum', 'minimum',
  'neg', 'negative', 'abs', 'sign', 'floor', 'ceil', 'round', 'trunc', 'square', 'relu', 'exp', 'log', 'log1p', 'log2', 'log10',
  'expm1', 'sqrt', 'rsqrt', 'sigmoid', 'tanh', 'sin', 'cos', 'reciprocal', 'logical_not', 'bitwise_not', 'isnan', 'isinf', 'isfinite',
  'clamp', 'clip', 'clamp_min', 'clamp_max', 'lerp', 'sum', 'mean', 'max', 'min', 'amax', 'amin', 'argmax', 'argmin', 'all', 'any',
  'logsumexp', 'softmax', 'log_softmax', 'scatter', 'scatter_add', 'gather', 'masked_fill', 'index_fill', 'flatten', 'transpose',
  'swapaxes', 't', 'permute', 'unsqueeze', 'squeeze', 'reshape', 'select', 'narrow', 'unbind', 'chunk', 'split', 'clone', 'detach', 'numel',
  'nonzero', 'masked_select', 'index_select',
];

function fromMethod(name: string): NativeFunction {
  return (args: CallArgs) => {
    const { self, rest } = splitSelf(name, args);
    if (self.kind !== 'tensor') {
      throw new PythonError('TypeError', `${name}(): argument 'input' (position 1) must be Tensor, not ${pythonTypeName(self)}`);
    }
    const method = tensorMethod(name);
    if (method === undefined) throw new Error(`no method ${name}`);
    return method(self.tensor, rest);
  };
}

const TORCH_SPECIAL: NativeTable = {
  where: args => {
    if (args.positional.length + args.keyword.size === 1) throw new Unsupported('torch.where(condition) is not modelled');
    const a = bind('where', [required('condition'), required('input'), required('other')], args);
    const x = operandOf(a.get('input'));
    const y = operandOf(a.get('other'));
    if (x === undefined || y === undefined) throw new PythonError('TypeError', 'where() received an invalid combination of arguments');
    return withOperatorHistory(tensorValue(where(a.tensor('condition'), x, y)), [a.get('input'), a.get('other')], 'WhereBackward0');
  },
  pow: args => {
    const a = bind('pow', [required('input'), required('exponent')], args);
    const base = operandOf(a.get('input'));
    const exponent = operandOf(a.get('exponent'));
    if (base === undefined || exponent === undefined || (a.get('input').kind !== 'tensor' && a.get('exponent').kind !== 'tensor')) {
      throw new PythonError('TypeError', 'pow() received an invalid combination of arguments');
    }
    return withOperatorHistory(tensorValue(binaryOp('pow', base, exponent)), [a.get('input'), a.get('exponent')],
      a.get('input').kind !== 'tensor' ? 'PowBackward2' : a.get('exponent').kind === 'tensor' ? 'PowBackward1' : 'PowBackward0');
  },
  rsub: args => {
    const a = bind('rsub', [required('input'), required('other'), keywordOnly('alpha')], args);
    const self = a.tensor('input');
    const scaled = a.has('alpha') ? binaryOp('mul', self, a.operand('alpha')) : self;
    return withOperatorHistory(tensorValue(binaryOp('sub', a.operand('other'), scaled)), [a.get('input'), a.get('other')], 'RsubBackward1');
  },
  xlogy: args => {
    const a = bind('xlogy', [required('input'), required('other')], args);
    return withOperatorHistory(tensorValue(xlogy(a.tensor('input'), a.tensor('other'))), [a.get('input'), a.get('other')], 'XlogyBackward0');
  },
  is_tensor: args => ({ kind: 'bool', value: bind('is_tensor', [required('obj')], args).get('obj').kind === 'tensor' }),
  is_floating_point: args => {
    const t = bind('is_floating_point', [required('input')], args).tensor('input');
    return { kind: 'bool', value: t.dtype === 'float32' || t.dtype === 'float64' };
  },
  result_type: args => {
    const a = bind('result_type', [required('tensor1'), required('tensor2')], args);
    const operands = [a.get('tensor1'), a.get('tensor2')].map(value => {
      const operand = operandOf(value);
      if (operand === undefined) throw new PythonError('TypeError', 'result_type() received an invalid combination of arguments');
      return promotionOperand(operand);
    });
    return { kind: 'dtype', dtype: resultType(operands) };
  },
};

/** The result of an operation on these operands, with its autograd node named when history is recorded. */
function withOperatorHistory(result: PyValue, operands: readonly PyValue[], node: string): PyValue {
  const inputs = tensorsIn(operands);
  if (recordsHistory(inputs)) markResult(result, inputs, node);
  return result;
}

/** Functions whose effect on the preview is nil or a mode switch. */
const NO_OPS: NativeTable = {
  'torch.cuda.manual_seed': () => ({ kind: 'none' }),
  'torch.cuda.manual_seed_all': () => ({ kind: 'none' }),
  'torch.cuda.is_available': () => ({ kind: 'bool', value: false }),
  'torch.set_grad_enabled': args => {
    setGradEnabled(bind('set_grad_enabled', [required('mode')], args).bool('mode'));
    return { kind: 'unknown', reason: 'torch.set_grad_enabled objects are not modelled' };
  },
  'torch.is_grad_enabled': () => ({ kind: 'bool', value: isGradEnabled() }),
};

/** Functions taking tensors whose results record a fixed autograd node. */
const NODE_OF_FUNCTION: Record<string, string> = {
  'torch.flip': 'FlipBackward0', 'torch.cat': 'CatBackward0', 'torch.concat': 'CatBackward0', 'torch.stack': 'StackBackward0',
  'torch.nn.functional.softmax': 'SoftmaxBackward0', 'torch.nn.functional.log_softmax': 'LogSoftmaxBackward0',
  'torch.nn.functional.sigmoid': 'SigmoidBackward0', 'torch.nn.functional.relu': 'ReluBackward0',
  'torch.special.log_softmax': 'LogSoftmaxBackward0', 'torch.special.softmax': 'SoftmaxBackward0',
};

function buildRegistry(): Map<string, NativeFunction> {
  const registry = new Map<string, NativeFunction>();
  const add = (prefix: string, table: NativeTable) => {
    for (const [name, fn] of Object.entries(table)) registry.set(`${prefix}${name}`, fn);
  };
  for (const name of METHOD_FUNCTIONS) registry.set(`torch.${name}`, fromMethod(name));
  add('torch.', CREATION_FUNCTIONS);
  add('torch.', LEGACY_CONSTRUCTORS);
  add('torch.', SHAPE_FUNCTIONS);
  add('torch.autograd.', LEGACY_AUTOGRAD);
  add('torch.autograd.variable.', LEGACY_AUTOGRAD);
  add('torch.', RANDOM_FUNCTIONS);
  add('torch.', TORCH_SPECIAL);
  add('torch.', DEVICE_FUNCTIONS);
  add('torch.random.', { manual_seed: RANDOM_FUNCTIONS.manual_seed, seed: RANDOM_FUNCTIONS.seed });
  add('torch.nn.functional.', FUNCTIONAL_FUNCTIONS);
  add('torch.special.', { xlogy: TORCH_SPECIAL.xlogy, expit: fromMethod('sigmoid'), log_softmax: FUNCTIONAL_FUNCTIONS.log_softmax, softmax: FUNCTIONAL_FUNCTIONS.softmax });
  add('torch.nn.', NN_MODULES);
  add('torch.nn.modules.loss.', NN_MODULES);
  add('', NO_OPS);
  return registry;
}

let registry: Map<string, NativeFunction> | undefined;

/** The function `qualifiedName` names ('torch.zeros', 'torch.nn.functional.one_hot', 'torch.nn.CrossEntropyLoss'…). */
export function torchFunction(qualifiedName: string): NativeFunction | undefined {
  registry ??= buildRegistry();
  const fn = registry.get(qualifiedName);
  if (fn === undefined) return undefined;
  const node = NODE_OF_FUNCTION[qualifiedName];
  if (node === undefined) return (args: CallArgs) => withUnknownPropagation(args, () => fn(args));
  return (args: CallArgs) => withUnknownPropagation(args, () => withOperatorHistory(fn(args), [...args.positional, ...args.keyword.values()], node));
}

/** All modelled function names (for tests and documentation). */
export function torchFunctionNames(): string[] {
  registry ??= buildRegistry();
  return [...registry.keys()].sort();
}

const DTYPE_CONSTANTS: Record<string, PyValue> = {
  'torch.float32': { kind: 'dtype', dtype: 'float32' },
  'torch.float': { kind: 'dtype', dtype: 'float32' },
  'torch.float64': { kind: 'dtype', dtype: 'float64' },
  'torch.double': { kind: 'dtype', dtype: 'float64' },
  'torch.int64': { kind: 'dtype', dtype: 'int64' },
  'torch.long': { kind: 'dtype', dtype: 'int64' },
  'torch.int32': { kind: 'dtype', dtype: 'int32' },
  'torch.int': { kind: 'dtype', dtype: 'int32' },
  'torch.bool': { kind: 'dtype', dtype: 'bool' },
  'torch.pi': { kind: 'float', value: Math.PI },
  'torch.e': { kind: 'float', value: Math.E },
  'torch.inf': { kind: 'float', value: Infinity },
  'torch.nan': { kind: 'float', value: NaN },
};

const UNMODELLED_DTYPES = ['float16', 'half', 'bfloat16', 'uint8', 'int8', 'int16', 'short', 'complex64', 'complex128', 'cfloat', 'cdouble'];

/** The constant `qualifiedName` names (dtypes such as 'torch.long'), or undefined. */
export function torchConstant(qualifiedName: string): PyValue | undefined {
  const constant = DTYPE_CONSTANTS[qualifiedName];
  if (constant !== undefined) return constant;
  const name = qualifiedName.startsWith('torch.') ? qualifiedName.slice('torch.'.length) : '';
  if (UNMODELLED_DTYPES.includes(name)) return { kind: 'unknown', reason: `${qualifiedName} tensors are not modelled` };
  return undefined;
}
