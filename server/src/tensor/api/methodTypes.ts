// The shape of the method tables: `x.name(args)` runs `table[name](x, args)`.
import type { TensorMethod } from '../../evaluator/values';

export type MethodTable = Record<string, TensorMethod>;
