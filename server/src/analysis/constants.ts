// Folds numeric constant expressions: literals, unary and binary arithmetic, parentheses, and names bound
// once at module level (`EPS = 0.1` … `label_smoothing=EPS`). Anything else is not a constant: undefined.
import type { Node } from 'web-tree-sitter';
import type { Program } from './program';
import { unparenthesized } from './syntax';

/** How far names are followed (`A = B`, `B = C`, …) before giving up, which also stops cycles. */
const MAX_NAME_DEPTH = 16;

export function numericValue(program: Program, expression: Node, depth = 0): number | undefined {
  const node = unparenthesized(expression);
  switch (node.type) {
    case 'integer':
      return parseInteger(node.text);
    case 'float':
      return /[jJ]$/.test(node.text) ? undefined : Number(node.text.replace(/_/g, ''));
    case 'true':
      return 1;
    case 'false':
      return 0;
    case 'unary_operator': {
      const operand = node.childForFieldName('argument');
      const value = operand && numericValue(program, operand, depth);
      if (value === undefined || value === null) return undefined;
      const operator = node.childForFieldName('operator')?.type;
      return operator === '-' ? -value : operator === '+' ? value : undefined;
    }
    case 'binary_operator': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const a = left && numericValue(program, left, depth);
      const b = right && numericValue(program, right, depth);
      if (a === undefined || a === null || b === undefined || b === null) return undefined;
      return applyBinary(node.childForFieldName('operator')?.type, a, b);
    }
    case 'identifier': {
      if (depth >= MAX_NAME_DEPTH) return undefined;
      const bound = program.bindings.valueOf(node.text, node);
      return bound ? numericValue(program, bound.node, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

function parseInteger(text: string): number | undefined {
  if (/[jJ]$/.test(text)) return undefined;
  const digits = text.replace(/_/g, '');
  const value = /^0[xob]/i.test(digits) ? Number(digits.toLowerCase()) : Number(digits.replace(/^0+(?=\d)/, ''));
  return Number.isFinite(value) ? value : undefined;
}

export function applyBinary(operator: string | undefined, a: number, b: number): number | undefined {
  switch (operator) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0 ? undefined : a / b;
    case '//': return b === 0 ? undefined : Math.floor(a / b);
    case '%': return b === 0 ? undefined : a - b * Math.floor(a / b);
    case '**': return a ** b;
    default: return undefined;
  }
}
