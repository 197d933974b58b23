// What one analysis sees: a Python file, or a notebook's code cells in order (a cell uses the imports and
// constants of the others). Names and loss calls are indexed once per program and shared by rules and hovers.
import type { Node } from 'web-tree-sitter';
import type { SourceDocument } from '../parsing/sourceDocument';
import { ImportTable } from './imports';
import { ModuleBindings } from './moduleBindings';
import { CrossEntropyCall, findCrossEntropyCalls } from './crossEntropyCalls';
import { TorchCall, findCalls, findTorchCalls } from './torchCalls';

/** A node together with the source (file or cell) it belongs to. */
export interface Located {
  readonly node: Node;
  readonly source: number;
}

export class Program {
  private cachedImports: ImportTable | undefined;
  private cachedBindings: ModuleBindings | undefined;
  private cachedCalls: Located[] | undefined;
  private cachedTorchCalls: TorchCall[] | undefined;
  private cachedCrossEntropyCalls: CrossEntropyCall[] | undefined;

  constructor(readonly sources: readonly SourceDocument[]) {}

  get imports(): ImportTable {
    this.cachedImports ??= ImportTable.collect(this.roots());
    return this.cachedImports;
  }

  get bindings(): ModuleBindings {
    this.cachedBindings ??= ModuleBindings.collect(this.roots());
    return this.cachedBindings;
  }

  /** Every call, in document order. */
  get calls(): readonly Located[] {
    this.cachedCalls ??= findCalls(this);
    return this.cachedCalls;
  }

  /** The calls whose callee is a PyTorch name. */
  get torchCalls(): readonly TorchCall[] {
    this.cachedTorchCalls ??= findTorchCalls(this);
    return this.cachedTorchCalls;
  }

  get crossEntropyCalls(): readonly CrossEntropyCall[] {
    this.cachedCrossEntropyCalls ??= findCrossEntropyCalls(this);
    return this.cachedCrossEntropyCalls;
  }

  private roots(): Located[] {
    return this.sources.map((source, index) => ({ node: source.root, source: index }));
  }
}
