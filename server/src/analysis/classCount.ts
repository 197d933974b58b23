// K, the number of classes, when the code fixes it: the class dimension (dim 1, or dim 0 when unbatched) of
// logits built from a shape the code spells out, e.g. `logits = torch.randn(3, 4)` or `torch.tensor([[…]])`.
import type { Node } from 'web-tree-sitter';
import type { Located, Program } from './program';
import { numericValue } from './constants';
import { callArguments, unparenthesized } from './syntax';

export interface ClassCount {
  readonly count: number;
  /** The expression that fixes the shape, to cite in previews. */
  readonly evidence: Located;
}

const MAX_NAME_DEPTH = 16;
/** Constructors whose positional arguments (or one tuple/list, or `size=`) are the shape. */
const SHAPED_BY_SIZES = new Set(['randn', 'rand', 'zeros', 'ones', 'empty'].map(name => `torch.${name}`));

export function classCountOf(program: Program, logits: Located, depth = 0): ClassCount | undefined {
  const node = unparenthesized(logits.node);
  if (node.type === 'identifier') {
    const bound = depth < MAX_NAME_DEPTH ? program.bindings.valueOf(node.text, node) : undefined;
    return bound && classCountOf(program, bound, depth + 1);
  }
  if (node.type !== 'call') return undefined;
  const shape = shapeOfConstruction(program, node);
  if (!shape || shape.length === 0) return undefined;
  const count = shape.length >= 2 ? shape[1] : shape[0];
  return Number.isInteger(count) && count > 0 ? { count, evidence: { node, source: logits.source } } : undefined;
}

function shapeOfConstruction(program: Program, call: Node): number[] | undefined {
  const callee = call.childForFieldName('function');
  const name = callee && program.imports.qualifiedName(callee);
  const args = callArguments(call);
  if (name && SHAPED_BY_SIZES.has(name)) {
    const size = args.keyword.get('size');
    if (size) return sizes(program, [size]);
    return args.hasSplat ? undefined : sizes(program, args.positional);
  }
  if (name === 'torch.full') {
    const size = args.keyword.get('size') ?? args.positional[0];
    return size && sizes(program, [size]);
  }
  if (name === 'torch.tensor') {
    const data = args.keyword.get('data') ?? args.positional[0];
    return data && shapeOfNestedList(unparenthesized(data));
  }
  return undefined;
}

/** `(3, 4)`, `[3, 4]` or `3, 4` as separate arguments → [3, 4]. */
function sizes(program: Program, args: readonly Node[]): number[] | undefined {
  const single = args.length === 1 ? unparenthesized(args[0]) : undefined;
  const items = single && (single.type === 'tuple' || single.type === 'list') ? single.namedChildren : args;
  const shape: number[] = [];
  for (const item of items) {
    const value = item && numericValue(program, item);
    if (value === undefined || !Number.isInteger(value)) return undefined;
    shape.push(value);
  }
  return shape;
}

function shapeOfNestedList(node: Node): number[] | undefined {
  if (node.type !== 'list' && node.type !== 'tuple') return [];
  const items = node.namedChildren;
  if (items.length === 0) return [0];
  const inner = shapeOfNestedList(unparenthesized(items[0]!));
  return inner && [items.length, ...inner];
}
