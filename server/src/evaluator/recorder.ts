// What the previews need from an evaluation: the value each call and each assigned name had the first time
// it ran (a snapshot, since tensors may be changed in place afterwards), and the functions defined.
import type { Node } from 'web-tree-sitter';
import type { FunctionObject } from './objects';
import type { PyValue } from './values';
import { snapshotValue as snapshot } from '../tensor';

/** Bounds the memory an evaluation keeps for previews. */
const MAX_RECORDED = 5000;

export class ValueRecorder {
  private readonly values = new Map<string, PyValue>();
  private readonly functions = new Map<string, FunctionObject>();

  record(source: number, node: Node, value: PyValue): void {
    const key = keyOf(source, node);
    if (this.values.has(key) || this.values.size >= MAX_RECORDED) return;
    this.values.set(key, snapshot(value));
  }

  recordDefinition(source: number, node: Node, fn: FunctionObject): void {
    this.functions.set(keyOf(source, node), fn);
  }

  valueAt(source: number, node: Node): PyValue | undefined {
    return this.values.get(keyOf(source, node));
  }

  functionAt(source: number, node: Node): FunctionObject | undefined {
    return this.functions.get(keyOf(source, node));
  }
}

function keyOf(source: number, node: Node): string {
  return `${source}:${node.startIndex}:${node.endIndex}:${node.type}`;
}
