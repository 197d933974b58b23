// The first syntax error in learner code, found before grading: tree-sitter parses broken code anyway (with
// ERROR and MISSING nodes), and evaluating such a tree would report confusing values instead of the typo.
import type { Node } from 'web-tree-sitter';
import type { PythonParser } from '../parsing/pythonParser';
import { SourceDocument } from '../parsing/sourceDocument';

export interface SyntaxProblem {
  /** 1-based */
  readonly line: number;
  /** 1-based */
  readonly column: number;
  readonly message: string;
}

export function firstSyntaxError(parser: PythonParser, code: string): SyntaxProblem | undefined {
  const source = SourceDocument.parse(parser, code);
  try {
    const node = source.root.hasError ? firstBroken(source.root) ?? source.root : undefined;
    if (!node) return undefined;
    const line = node.startPosition.row + 1;
    const column = node.startPosition.column + 1;
    const message = node.isMissing
      ? `syntax error at line ${line}, column ${column}: missing ${JSON.stringify(node.type)}`
      : `syntax error at line ${line}, column ${column}: unexpected ${JSON.stringify(excerpt(node.text))}`;
    return { line, column, message };
  } finally {
    source.dispose();
  }
}

/**
 * The first innermost ERROR or MISSING node: tree-sitter often wraps everything from the start of the file up to
 * the mistake in an outer ERROR node, whose start (line 1) says nothing; the innermost one is at the mistake.
 */
function firstBroken(node: Node): Node | undefined {
  for (const child of node.children) {
    if (child && (child.hasError || child.isMissing)) {
      const found = firstBroken(child);
      if (found) return found;
    }
  }
  return node.isError || node.isMissing ? node : undefined;
}

function excerpt(text: string): string {
  const line = text.split('\n')[0];
  return line.length > 30 ? `${line.slice(0, 30)}…` : line;
}
