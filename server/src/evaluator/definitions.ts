// Which module-level statements define names without computing anything costly: imports, definitions, and
// assignments with no call in them (`K = 4`, `EPS = 0.1`, `PAD = (0, 1)`). Running only these prepares the
// globals a single function needs when the whole file is too large to evaluate within its budget.
import type { Node } from 'web-tree-sitter';

const DEFINITIONS = new Set(['import_statement', 'import_from_statement', 'future_import_statement',
  'function_definition', 'class_definition', 'decorated_definition']);

export function definesCheaply(statement: Node): boolean {
  if (DEFINITIONS.has(statement.type)) return true;
  if (statement.type !== 'expression_statement') return false;
  const assignment = statement.namedChildren[0];
  return assignment?.type === 'assignment' && assignment.descendantsOfType('call').length === 0;
}
