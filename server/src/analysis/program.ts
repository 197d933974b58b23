// What one analysis sees: a Python file, or a notebook's code cells in order (a cell uses the imports and
// constants of the others). Names and loss calls are indexed once per program and shared by rules and hovers.
import type { Node } from 'web-tree-sitter';
import type { SourceDocument } from '../parsing/sourceDocument';
import { ImportTable } from './imports';
import { ModuleBindings } from './moduleBindings';
import { CrossEntropyCall, findCrossEntropyCalls, indexCallsByCallee } from './crossEntropyCalls';
import { TorchCall, findCalls, findTorchCalls } from './torchCalls';

/** A node together with the source (file or cell) it belongs to. */
export interface Located {
  readonly node: Node;
  readonly source: number;
}

/** An `nn.` class (`nn.CrossEntropyLoss`) or an `F.` function (`F.softmax`): torch's conventional aliases. */
const CONVENTIONAL_TORCH_NAME = /\bnn\s*\.\s*[A-Z]|\bF\s*\.\s*[a-z_]+\s*\(/g;

export class Program {
  private cachedImports: ImportTable | undefined;
  private cachedBindings: ModuleBindings | undefined;
  private cachedCalls: Located[] | undefined;
  private cachedTorchCalls: TorchCall[] | undefined;
  private cachedCrossEntropyCalls: CrossEntropyCall[] | undefined;
  private cachedMentionsTorch: boolean | undefined;
  private cachedCallsByCallee: Map<string, Located[]> | undefined;

  constructor(readonly sources: readonly SourceDocument[]) {}

  /**
   * Whether any source could name PyTorch: `torch`, or the conventional `nn.`/`F.` in code, which snippets use
   * without importing. Most Python files cannot, and then no call is a PyTorch call and nothing needs evaluating.
   */
  get mentionsTorch(): boolean {
    this.cachedMentionsTorch ??= this.sources.some(mentionsTorch);
    return this.cachedMentionsTorch;
  }

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

  /** Every call by its callee's dotted name (`criterion`, `self.loss_fn`): where an instance is used. */
  get callsByCallee(): ReadonlyMap<string, readonly Located[]> {
    this.cachedCallsByCallee ??= indexCallsByCallee(this.calls);
    return this.cachedCallsByCallee;
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

/**
 * `torch` anywhere, or a conventional alias in code. An alias only in a docstring or a comment (`for k, v in
 * F.items()` in the standard library's `_collections_abc`) would have the whole file evaluated for nothing.
 */
function mentionsTorch(document: SourceDocument): boolean {
  if (document.text.includes('torch')) return true;
  for (const match of document.text.matchAll(CONVENTIONAL_TORCH_NAME)) {
    const type = document.root.descendantForIndex(match.index!)?.type;
    if (type !== 'comment' && type !== 'string_content') return true;
  }
  return false;
}
