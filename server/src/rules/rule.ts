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

/** A replacement of the text between two offsets of the finding's source. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  /** Safe fixes keep the code's meaning and are applied by "fix all"; unsafe ones only when chosen. */
  readonly safety: 'safe' | 'unsafe';
  readonly edits: readonly TextEdit[];
}

export interface Finding {
  readonly code: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** Index of the source (the file, or the notebook cell) in the program. */
  readonly source: number;
  readonly range: Range;
  readonly fix?: Fix;
}

export interface RuleContext {
  readonly program: Program;
  report(source: number, node: Node, message: string, severity?: Severity, fix?: Fix): void;
}

export interface Rule {
  readonly metadata: RuleMetadata;
  check(context: RuleContext): void;
}
