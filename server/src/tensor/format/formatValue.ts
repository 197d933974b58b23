// str() and repr() of the evaluator's values as Python prints them: print(x) shows formatValue(x).
import { type PyValue, Unsupported } from '../../evaluator/values';
import { dtypeName } from '../dtype';
import { namedTupleInfo } from '../namedTuple';
import { nativeRepr } from '../nativeRepr';
import { formatTensor } from './formatTensor';
import { pythonFloatRepr, pythonIntStr } from './pythonNumbers';

/** str(v): what print(v) shows. Throws `Unsupported` for unknown values. */
export function formatValue(value: PyValue): string {
  return value.kind === 'str' ? value.value : reprValue(value);
}

/** repr(v): how v shows inside a list, a tuple or the REPL. */
export function reprValue(value: PyValue): string {
  switch (value.kind) {
    case 'none': return 'None';
    case 'bool': return value.value ? 'True' : 'False';
    case 'int': return pythonIntStr(value.value);
    case 'float': return pythonFloatRepr(value.value);
    case 'str': return value.device ? deviceRepr(value.value) : pythonStringRepr(value.value);
    case 'tuple': {
      const info = namedTupleInfo(value);
      if (info !== undefined) {
        return `${info.typeName}(\n${value.items.map((item, i) => `${info.fields[i]}=${reprValue(item)}`).join(',\n')})`;
      }
      const items = value.items.map(reprValue);
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    }
    case 'list': return `[${value.items.map(reprValue).join(', ')}]`;
    case 'dict': return `{${[...value.entries].map(([key, item]) => `${pythonStringRepr(key)}: ${reprValue(item)}`).join(', ')}}`;
    case 'slice': {
      const part = (n: number | null) => (n === null ? 'None' : pythonIntStr(n));
      return `slice(${part(value.start)}, ${part(value.stop)}, ${part(value.step)})`;
    }
    case 'ellipsis': return 'Ellipsis';
    case 'tensor': return formatTensor(value.tensor);
    case 'dtype': return dtypeName(value.dtype);
    case 'size': return `torch.Size([${value.dims.map(pythonIntStr).join(', ')}])`;
    case 'native': return nativeRepr(value) ?? `<built-in function ${value.name.split('.').pop()}>`;
    case 'unknown': throw new Unsupported(value.reason);
    case 'object': return `<${value.object.typeName} object>`;
  }
}

/** repr(torch.device('cuda:1')): `device(type='cuda', index=1)`. */
function deviceRepr(name: string): string {
  const [type, index] = name.split(':');
  return index === undefined ? `device(type='${type}')` : `device(type='${type}', index=${index})`;
}

/** Python's repr of a str: single quotes unless the text has a single quote and no double quote. */
export function pythonStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}
