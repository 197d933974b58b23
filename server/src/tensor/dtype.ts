// The dtypes the preview models and PyTorch's rules for combining them (torch.result_type, torch.can_cast).
// Promotion among these five is a simple order: bool < int32 < int64 < float32 < float64.

export type DType = 'bool' | 'int32' | 'int64' | 'float32' | 'float64';

const PROMOTION_ORDER: readonly DType[] = ['bool', 'int32', 'int64', 'float32', 'float64'];

/** The dtype a Python float becomes (torch.get_default_dtype()). */
export const DEFAULT_FLOAT: DType = 'float32';

export function isFloating(dtype: DType): boolean {
  return dtype === 'float32' || dtype === 'float64';
}

/** Integer dtypes, bool excluded. */
export function isInteger(dtype: DType): boolean {
  return dtype === 'int32' || dtype === 'int64';
}

/** torch.promote_types for two dtypes. */
export function promoteTypes(a: DType, b: DType): DType {
  return PROMOTION_ORDER.indexOf(a) >= PROMOTION_ORDER.indexOf(b) ? a : b;
}

/** How `str(dtype)` prints: `torch.float32`. */
export function dtypeName(dtype: DType): string {
  return `torch.${dtype}`;
}

/** The C++ scalar type name PyTorch uses in its messages ("expected scalar type Long but found Float"). */
export function scalarTypeName(dtype: DType): string {
  switch (dtype) {
    case 'bool': return 'Bool';
    case 'int32': return 'Int';
    case 'int64': return 'Long';
    case 'float32': return 'Float';
    case 'float64': return 'Double';
  }
}

/** The C++ type name some PyTorch messages use instead ("can't be cast to the desired output type long int"). */
export function cppTypeName(dtype: DType): string {
  switch (dtype) {
    case 'bool': return 'bool';
    case 'int32': return 'int';
    case 'int64': return 'long int';
    case 'float32': return 'float';
    case 'float64': return 'double';
  }
}

/** The legacy tensor type name `x.type()` returns. */
export function legacyTypeName(dtype: DType): string {
  switch (dtype) {
    case 'bool': return 'torch.BoolTensor';
    case 'int32': return 'torch.IntTensor';
    case 'int64': return 'torch.LongTensor';
    case 'float32': return 'torch.FloatTensor';
    case 'float64': return 'torch.DoubleTensor';
  }
}

/** torch.can_cast: may an op whose result type is `from` write into a tensor of dtype `to` (in-place ops, out=)? */
export function canCast(from: DType, to: DType): boolean {
  if (isFloating(from) && !isFloating(to)) return false;
  if (from !== 'bool' && to === 'bool') return false;
  return true;
}

const INT64_MIN = -9223372036854775808;

/**
 * Converts a number to what a tensor of `dtype` stores: float32 rounds to single precision, integers truncate
 * toward zero like a C++ cast (NaN and infinities become INT64_MIN as on x86), bool is "non-zero".
 */
export function castTo(dtype: DType, x: number): number {
  switch (dtype) {
    case 'float64': return x;
    case 'float32': return Math.fround(x);
    case 'int64': return Number.isFinite(x) ? Math.trunc(x) + 0 : INT64_MIN;
    case 'int32': return Number.isFinite(x) ? Math.trunc(x) | 0 : -2147483648;
    case 'bool': return x !== 0 ? 1 : 0;
  }
}

/** What takes part in type promotion: a tensor (dimensioned or 0-dim) or a Python scalar ("wrapped number"). */
export type PromotionOperand =
  | { readonly kind: 'tensor'; readonly dtype: DType; readonly zeroDim: boolean }
  | { readonly kind: 'scalar'; readonly scalar: 'bool' | 'int' | 'float' };

/**
 * torch.result_type: dimensioned tensors outrank 0-dim tensors, which outrank Python scalars, except that a
 * lower rank of a higher category (bool < integer < floating) lifts the result into that category. Python floats
 * count as the default dtype (float32), Python ints as int64.
 */
export function resultType(operands: readonly PromotionOperand[]): DType {
  let dimResult: DType | undefined;
  let zeroResult: DType | undefined;
  let wrappedResult: DType | undefined;
  const merge = (current: DType | undefined, next: DType) => current === undefined ? next : promoteTypes(current, next);
  for (const operand of operands) {
    if (operand.kind === 'tensor') {
      if (operand.zeroDim) zeroResult = merge(zeroResult, operand.dtype);
      else dimResult = merge(dimResult, operand.dtype);
    } else {
      const dtype: DType = operand.scalar === 'bool' ? 'bool' : operand.scalar === 'int' ? 'int64' : DEFAULT_FLOAT;
      wrappedResult = merge(wrappedResult, dtype);
    }
  }
  const result = combineCategories(dimResult, combineCategories(zeroResult, wrappedResult));
  if (result === undefined) throw new Error('resultType needs at least one operand');
  return result;
}

function combineCategories(higher: DType | undefined, lower: DType | undefined): DType | undefined {
  if (higher === undefined) return lower;
  if (lower === undefined) return higher;
  if (isFloating(higher)) return higher;
  if (higher === 'bool' || isFloating(lower)) return promoteTypes(higher, lower);
  return higher;
}
