// What the previews need from an evaluation: the value each call and each name had the first time it ran (a
// snapshot, since tensors may be changed in place afterwards) with the example inputs that produced it, and
// what each function of the code returned (or raised) the first time it was called.
import type { Node } from 'web-tree-sitter';
import type { FunctionObject } from './objects';
import type { RaisedAt } from './interpreter';
import type { PyValue } from './values';
import { snapshotValue } from '../tensor';
import type { ImpliedTargets } from './tangents';

/** Bounds the memory an evaluation keeps for previews. */
const MAX_RECORDED = 5000;

export interface Recorded {
  readonly value: PyValue;
  /** For a loss written over log-probabilities: −∂loss/∂log p (see tangents.ts). */
  readonly implied?: ImpliedTargets;
  /** The example inputs in use when the value was computed; none when the code gave every input. */
  readonly inputs: readonly string[];
}

export interface FunctionOutcome {
  readonly returned?: PyValue;
  readonly implied?: Recorded['implied'];
  readonly raised?: { readonly type: string; readonly message: string; readonly at?: RaisedAt };
  readonly inputs: readonly string[];
}

export class ValueRecorder {
  private readonly values = new Map<string, Recorded>();
  private readonly functions = new Map<string, FunctionObject>();
  private readonly outcomes = new Map<FunctionObject, FunctionOutcome>();
  /** Set while example inputs are in use. */
  inputs: readonly string[] = [];

  constructor(private readonly impliedBy: (value: PyValue) => Recorded['implied']) {}

  record(source: number, node: Node, value: PyValue): void {
    const key = keyOf(source, node);
    if (this.values.has(key) || this.values.size >= MAX_RECORDED) return;
    this.values.set(key, { value: snapshotValue(value), inputs: this.inputs, implied: this.impliedBy(value) });
  }

  recordDefinition(source: number, node: Node, fn: FunctionObject): void {
    this.functions.set(keyOf(source, node), fn);
  }

  recordOutcome(fn: FunctionObject, outcome: Omit<FunctionOutcome, 'inputs'>): void {
    if (this.outcomes.has(fn)) return;
    const first = previewedReturn(outcome);
    const returned = outcome.returned && snapshotValue(outcome.returned);
    this.outcomes.set(fn, { ...outcome, returned, implied: first && this.impliedBy(first), inputs: this.inputs });
  }

  valueAt(source: number, node: Node): Recorded | undefined {
    return this.values.get(keyOf(source, node));
  }

  functionAt(source: number, node: Node): FunctionObject | undefined {
    return this.functions.get(keyOf(source, node));
  }

  definedFunctions(): IterableIterator<FunctionObject> {
    return this.functions.values();
  }

  outcomeOf(fn: FunctionObject): FunctionOutcome | undefined {
    return this.outcomes.get(fn);
  }
}

/** What a function's preview shows: the value it returns, or its first tensor when it returns several. */
export function previewedReturn(outcome: Pick<FunctionOutcome, 'returned'>): PyValue | undefined {
  return outcome.returned?.kind === 'tuple' ? outcome.returned.items.find(item => item.kind === 'tensor') : outcome.returned;
}

/**
 * A node's key: its id is unique within its source's tree and the same for every Node object made for it (its
 * span and type would each cost a call into wasm, for every value the evaluation records).
 */
function keyOf(source: number, node: Node): string {
  return `${source}:${node.id}`;
}
