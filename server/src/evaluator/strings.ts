// String literals, including f-strings: the text of `'a\tb'`, `r'\d'`, `f"loss {loss:.4f}"`.
import type { Node } from 'web-tree-sitter';
import { PyValue, Unsupported, str } from './values';
import { formatWithSpec } from './pyFormat';
import { formatValue as pyStr, reprValue as pyRepr } from '../tensor';

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\n': '',
};

export function stringLiteral(node: Node, evaluate: (expression: Node) => PyValue): PyValue {
  const prefix = (node.child(0)?.text ?? '').replace(/['"]+$/, '').toLowerCase();
  if (prefix.includes('b')) throw new Unsupported('bytes literals are not modelled');
  const raw = prefix.includes('r');
  let text = '';
  for (const part of node.children) {
    if (!part) continue;
    switch (part.type) {
      case 'string_content': text += raw ? part.text : decodeEscapes(part.text); break;
      case 'escape_sequence': text += raw ? part.text : decodeEscapes(part.text); break;
      case 'interpolation': text += interpolate(part, evaluate); break;
      default: break;   // string_start, string_end
    }
  }
  return str(text);
}

function interpolate(node: Node, evaluate: (expression: Node) => PyValue): string {
  const expression = node.childForFieldName('expression');
  if (!expression) throw new Unsupported('an empty f-string replacement');
  const value = evaluate(expression);
  const conversion = node.childForFieldName('type_conversion')?.text;
  const specNode = node.childForFieldName('format_specifier');
  const spec = specNode ? specNode.text.replace(/^:/, '') : '';
  if (specNode && specNode.namedChildren.some(child => child?.type === 'interpolation')) {
    throw new Unsupported('nested replacements in a format spec are not modelled');
  }
  const converted = conversion === '!r' ? str(pyRepr(value)) : conversion === '!s' ? str(pyStr(value)) : value;
  const selfDocumenting = node.children.some(child => child?.type === '=');   // f"{x=}"
  const formatted = formatWithSpec(converted, spec);
  return selfDocumenting ? `${expression.text}=${conversion ? formatted : pyRepr(value)}` : formatted;
}

function decodeEscapes(text: string): string {
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|N\{[^}]*\}|[\s\S])/g, (whole, body: string) => {
    if (body in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[body];
    if (/^[xuU]/.test(body)) {
      // `\u` without its four digits, or past U+10FFFF, is a syntax error in a str (and left as written in bytes).
      const codePoint = body.length > 1 ? parseInt(body.slice(1), 16) : NaN;
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    if (/^[0-7]/.test(body)) return String.fromCharCode(parseInt(body, 8));
    return whole;   // unknown escapes stay as written, as in Python
  });
}
