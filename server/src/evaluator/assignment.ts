// Assignment targets: names, attributes (`self.eps = …`), subscripts (`t[:, pad] = 0`), and unpacking
// (`a, (b, *rest) = …`). Also finds what a piece of code may assign or mutate, so that code whose effect is
// not known (a branch on an unknown condition) can mark exactly those names unknown.
import type { Node } from 'web-tree-sitter';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { evaluate, subscriptIndex } from './expressions';
import { iterate } from './iteration';
import { setSubscript } from './subscripts';
import { InstanceObject, asObject } from './objects';
import { forEachNodeOfType } from '../analysis/syntax';
import { truncatedByAssignment } from './truncatedWrites';
import { PyValue, PythonError, Unsupported, unknown } from './values';

export function assignTarget(it: Interpreter, target: Node, value: PyValue, frame: Frame): void {
  switch (target.type) {
    case 'identifier':
      frame.scope.assign(target.text, value);
      it.recorder.record(frame.source, target, value);
      return;
    case 'attribute': {
      const object = evaluate(it, target.childForFieldName('object')!, frame);
      const instance = asObject(object, InstanceObject);
      if (instance) instance.attributes.set(target.childForFieldName('attribute')!.text, value);
      else if (object.kind !== 'unknown') throw new Unsupported(`setting \`${target.text}\` is not modelled`);
      return;
    }
    case 'subscript': {
      const container = evaluate(it, target.childForFieldName('value')!, frame);
      setSubscript(container, subscriptIndex(it, target, frame), value);
      const truncated = truncatedByAssignment(container, value);
      if (truncated !== undefined && container.kind === 'tensor') it.noteTruncatedWrite('[]=', container.tensor.dtype, truncated);
      if (container.kind === 'tensor') it.tangents.forget(container.tensor, value);
      return;
    }
    case 'pattern_list': case 'tuple_pattern': case 'list_pattern': case 'tuple': case 'list': case 'expression_list':
      unpack(it, target, value, frame);
      return;
    case 'parenthesized_expression':
      assignTarget(it, target.namedChildren[0]!, value, frame);
      return;
    default:
      throw new Unsupported(`assigning to \`${target.text}\` is not modelled`);
  }
}

function unpack(it: Interpreter, target: Node, value: PyValue, frame: Frame): void {
  const targets = target.namedChildren.filter((child): child is Node => !!child && child.type !== 'comment');
  if (value.kind === 'unknown') {
    for (const part of targets) assignTarget(it, starred(part) ?? part, value, frame);
    return;
  }
  const items = iterate(it, value);
  const starIndex = targets.findIndex(part => starred(part));
  if (starIndex === -1) {
    if (items.length !== targets.length) {
      throw new PythonError('ValueError', items.length > targets.length
        ? `too many values to unpack (expected ${targets.length})`
        : `not enough values to unpack (expected ${targets.length}, got ${items.length})`);
    }
    targets.forEach((part, i) => assignTarget(it, part, items[i], frame));
    return;
  }
  const after = targets.length - starIndex - 1;
  if (items.length < targets.length - 1) {
    throw new PythonError('ValueError', `not enough values to unpack (expected at least ${targets.length - 1}, got ${items.length})`);
  }
  targets.forEach((part, i) => {
    if (i < starIndex) assignTarget(it, part, items[i], frame);
    else if (i === starIndex) assignTarget(it, starred(part)!, { kind: 'list', items: items.slice(starIndex, items.length - after) }, frame);
    else assignTarget(it, part, items[items.length - (targets.length - i)], frame);
  });
}

function starred(node: Node): Node | undefined {
  return node.type === 'list_splat_pattern' || node.type === 'list_splat' ? node.namedChildren[0] ?? undefined : undefined;
}

/**
 * The name nodes that `code` may bind or change in place: assignment and loop targets, `with … as` names,
 * tensors mutated by a method ending in `_` or through a subscript. Nested definitions are skipped (their
 * bodies run later, if at all); the names they define are included.
 */
const AFFECTING_TYPES = ['assignment', 'augmented_assignment', 'for_statement', 'for_in_clause', 'as_pattern_target',
  'function_definition', 'class_definition', 'call'];

export function targetsAffectedBy(nodes: readonly Node[]): Node[] {
  const targets: Node[] = [];
  const addTarget = (target: Node | null) => {
    if (!target) return;
    if (target.type === 'identifier') targets.push(target);
    else if (target.type === 'subscript' || target.type === 'attribute') addTarget(rootName(target));
    else for (const child of target.namedChildren) addTarget(child);
  };
  for (const node of nodes) {
    // Nodes come in document order, a definition before its body: the body is skipped up to its end.
    let skipUntil = -1;
    forEachNodeOfType(node, AFFECTING_TYPES, inner => {
      if (inner.startIndex < skipUntil) return;
      switch (inner.type) {
        case 'assignment': case 'augmented_assignment': addTarget(inner.childForFieldName('left')); break;
        case 'for_statement': case 'for_in_clause': addTarget(inner.childForFieldName('left')); break;
        case 'as_pattern_target': addTarget(inner.namedChildren[0] ?? null); break;
        case 'function_definition': case 'class_definition':
          addTarget(inner.childForFieldName('name'));
          skipUntil = inner.endIndex;
          break;
        case 'call': {
          const callee = inner.childForFieldName('function');
          if (callee?.type === 'attribute' && /_$/.test(callee.childForFieldName('attribute')?.text ?? '')) {
            addTarget(rootName(callee));
          }
          break;
        }
        default: break;
      }
    });
  }
  return targets;
}

function rootName(node: Node): Node | null {
  let current: Node | null = node;
  while (current && (current.type === 'attribute' || current.type === 'subscript')) {
    current = current.type === 'attribute' ? current.childForFieldName('object') : current.childForFieldName('value');
  }
  return current?.type === 'identifier' ? current : null;
}

/** Code whose effect is not known: what it may set becomes unknown, with the reason, also for previews. */
export function markUnknown(it: Interpreter, frame: Frame, nodes: readonly Node[], reason: string): void {
  const value = unknown(reason);
  for (const target of [...targetsAffectedBy(nodes), ...containersCalledOn(frame, nodes)]) {
    frame.scope.assign(target.text, value);
    it.recorder.record(frame.source, target, value);
  }
}

/**
 * The names of lists and dicts whose methods the nodes call (`xs.sort()`): a method the evaluator could not run
 * may have changed its container, whose contents are then no longer known. Only names that hold a list or a
 * dict now: a module's function (`torch.sort(x)`) leaves the module alone.
 */
function containersCalledOn(frame: Frame, nodes: readonly Node[]): Node[] {
  const found: Node[] = [];
  for (const node of nodes) {
    forEachNodeOfType(node, ['call'], call => {
      const callee = call.childForFieldName('function');
      const object = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
      const kind = object?.type === 'identifier' ? frame.scope.lookup(object.text)?.kind : undefined;
      if (kind === 'list' || kind === 'dict') found.push(object!);
    });
  }
  return found;
}
