// What PyTorch prints after the values of a tensor that takes part in autograd: `requires_grad=True` on a leaf,
// `grad_fn=<MulBackward0>` on a result. The preview does not differentiate anything; it only names the node
// the last operation would have created. Where that name is not modelled the tensor carries UNKNOWN_GRAD_FN
// and is not printed, rather than printed wrongly.
import { PythonError, type PyValue, Unsupported } from '../evaluator/values';
import { isFloating } from './dtype';
import type { Tensor } from './tensor';

export const UNKNOWN_GRAD_FN = '?';

let gradEnabled = true;

/** torch.set_grad_enabled / `with torch.no_grad():` (the interpreter toggles this). Returns the previous mode. */
export function setGradEnabled(enabled: boolean): boolean {
  const previous = gradEnabled;
  gradEnabled = enabled;
  return previous;
}

export function isGradEnabled(): boolean {
  return gradEnabled;
}

export function tracksGrad(t: Tensor): boolean {
  return t.requiresGrad || t.gradFn !== undefined;
}

/** Whether an operation on these inputs records autograd history. */
export function recordsHistory(inputs: readonly Tensor[]): boolean {
  return gradEnabled && inputs.some(tracksGrad);
}

/** The tensors among call arguments (looking into lists and tuples, as torch.cat takes them). */
export function tensorsIn(values: Iterable<PyValue>): Tensor[] {
  const found: Tensor[] = [];
  const visit = (value: PyValue) => {
    if (value.kind === 'tensor') found.push(value.tensor);
    else if (value.kind === 'list' || value.kind === 'tuple') value.items.forEach(visit);
  };
  for (const value of values) visit(value);
  return found;
}

/** In-place changes to a leaf that requires grad (or a view of one) are errors in PyTorch. */
export function checkInPlaceAllowed(target: Tensor, viaView: boolean): void {
  if (!gradEnabled || !target.requiresGrad || target.gradFn !== undefined) return;
  throw new PythonError('RuntimeError', `a ${viaView ? 'view of a ' : ''}leaf Variable that requires grad is being used in an in-place operation.`);
}

/**
 * Gives the floating tensors of `result` the node name `name` (UNKNOWN_GRAD_FN when undefined), except tensors
 * that are inputs returned unchanged (x.float() on a float tensor is x itself).
 */
export function markResult(result: PyValue, inputs: readonly Tensor[], name: string | undefined): void {
  const mark = (value: PyValue) => {
    if (value.kind === 'tensor') {
      const t = value.tensor;
      if (inputs.includes(t) || !isFloating(t.dtype)) return;
      t.gradFn = name ?? UNKNOWN_GRAD_FN;
    } else if (value.kind === 'tuple' || value.kind === 'list') {
      value.items.forEach(mark);
    }
  };
  mark(result);
}

/** After an in-place operation on a tensor with history, its node is the operation's (or unknown). */
export function markInPlace(target: Tensor, name: string | undefined): void {
  if (!gradEnabled) return;
  target.gradFn = name ?? UNKNOWN_GRAD_FN;
}

export function checkPrintableGradFn(t: Tensor): void {
  if (t.gradFn === UNKNOWN_GRAD_FN) throw new Unsupported('the autograd node (grad_fn) this tensor would print is not modelled');
}
