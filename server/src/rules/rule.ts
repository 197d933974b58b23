// What every rule declares and reports. A rule is one file under server/src/rules/ with its metadata and its
// check; its documentation is docs/rules/<name>.md.
import type { Node } from 'web-tree-sitter';
import type { Range } from '../parsing/lineIndex';
import type { Program } from '../analysis/program';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Whether a quick fix keeps the code's meaning (safe), may change it (unsafe), or there is none. */
export type FixSafety = 'safe' | 'unsafe' | 'none';

export interface RuleMetadata {
  /** `LS004` */
  readonly code: string;
  /** kebab-case, also the docs page's file name: `label-smoothing-out-of-range` */
  readonly name: string;
  readonly defaultSeverity: Severity;
  readonly fixSafety: FixSafety;
  /** One line for listings. */
  readonly summary: string;
}

export interface Finding {
  readonly code: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** Index of the source (the file, or the notebook cell) in the program. */
  readonly source: number;
  readonly range: Range;
}

export interface RuleContext {
  readonly program: Program;
  report(source: number, node: Node, message: string, severity?: Severity): void;
}

export interface Rule {
  readonly metadata: RuleMetadata;
  check(context: RuleContext): void;
}
