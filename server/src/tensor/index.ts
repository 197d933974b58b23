// The tensor library's public surface for the interpreter: names under torch, tensor methods and attributes,
// operators, indexing, Python conversions, printing, and the random-state hooks.
export { type DType, dtypeName } from './dtype';
export { Tensor } from './tensor';
export { MAX_PREVIEW_ELEMENTS, MAX_RUN_ELEMENTS, withElementAllowance } from './limits';
export { torchFunction, torchConstant, torchFunctionNames } from './torchNamespace';
export { tensorMethod, tensorAttribute, tensorMethodNames } from './api/tensorMethods';
export { binaryOperator, unaryOperator, inPlaceOperator } from './api/operators';
export { getItem, setItem } from './api/itemAccess';
export { tensorItem, tensorToList, tensorToFloat, tensorToInt, tensorTruth, tensorLength, tensorRows } from './api/pythonConversion';
export { checkPrintable, formatTensor } from './format/formatTensor';
export { formatValue, reprValue } from './format/formatValue';
export { pythonFloatRepr } from './format/pythonNumbers';
export { namedTupleField } from './namedTuple';
export { resetRandomState, invalidateRandomState } from './random/generator';
export { unknownReason } from './tensor';
export { snapshotTensor, snapshotValue } from './snapshot';
export { setGradEnabled, isGradEnabled } from './autograd';
export { collectWarnings } from './warnings';
// Plain arithmetic without Python's call machinery (argument binding, autograd history): for the evaluator's own
// bookkeeping on tensors it made itself (tangents.ts).
export { binaryOp } from './binaryOps';
export { sumAllOfEach } from './reductions';
export { zeros } from './creation';
export { cloneTensor } from './tensor';
