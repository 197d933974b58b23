// Any operation given an unknown value returns that unknown value (with its reason) instead of failing.
import type { CallArgs, PyValue } from '../../evaluator/values';
import { firstUnknown } from './args';

export function withUnknownPropagation(args: CallArgs, run: () => PyValue): PyValue {
  return firstUnknown(args) ?? run();
}
