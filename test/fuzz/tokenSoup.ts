// Random code with no real code behind it: a soup of tokens, and statements built from PyTorch templates
// with random arguments (which get further into the evaluator than soup does).
import type { Random } from './random';
import { BRACKETS, KEYWORDS, LAYOUT, NAMES, NUMBERS, ODD_CHARACTERS, OPERATORS, STRINGS, TORCH_NAMES } from './vocabulary';

export function tokenSoup(rng: Random): string {
  const tokens: string[] = [];
  for (let n = rng.between(1, 300); n > 0; n--) {
    const pool = rng.pick([KEYWORDS, BRACKETS, OPERATORS, TORCH_NAMES, TORCH_NAMES, NUMBERS, STRINGS, NAMES, LAYOUT, LAYOUT]);
    tokens.push(rng.chance(0.01) ? rng.pick(ODD_CHARACTERS) : rng.pick(pool));
  }
  return tokens.join(rng.chance(0.7) ? ' ' : '');
}

function expression(rng: Random, depth: number): string {
  if (depth <= 0 || rng.chance(0.3)) return rng.pick([...NUMBERS, ...NAMES, ...STRINGS, 'None', 'True']);
  const sub = () => expression(rng, depth - 1);
  switch (rng.int(8)) {
    case 0: return `${sub()} ${rng.pick(['+', '-', '*', '/', '//', '**', '%', '@', '==', '<', 'and', 'or'])} ${sub()}`;
    case 1: return `${rng.pick(TORCH_NAMES.filter(name => !name.startsWith('.')))}(${arguments_(rng, depth)})`;
    case 2: return `${sub()}${rng.pick(TORCH_NAMES.filter(name => name.startsWith('.')))}(${arguments_(rng, depth)})`;
    case 3: return `[${Array.from({ length: rng.int(5) }, sub).join(', ')}]`;
    case 4: return `${sub()}[${rng.pick([':', '0', '-1', '..., 0', ':, None', `${sub()}`, '1:2:0'])}]`;
    case 5: return `(${sub()})`;
    case 6: return `${rng.pick(['-', 'not ', '~'])}${sub()}`;
    default: return `${sub()} if ${sub()} else ${sub()}`;
  }
}

function arguments_(rng: Random, depth: number): string {
  const items = Array.from({ length: rng.int(4) }, () => expression(rng, depth - 1));
  if (rng.chance(0.5)) items.push(`${rng.pick(['label_smoothing', 'num_classes', 'dim', 'reduction', 'ignore_index', 'dtype', 'value', 'eps'])}=${expression(rng, depth - 1)}`);
  return items.join(', ');
}

function statement(rng: Random, indent: string): string[] {
  const name = rng.pick(NAMES);
  switch (rng.int(9)) {
    case 0: return [`${indent}import torch`, `${indent}import torch.nn as nn`, `${indent}import torch.nn.functional as F`];
    case 1: case 2: case 3: return [`${indent}${name} ${rng.pick(['=', '+=', '*=', '='])} ${expression(rng, 4)}`];
    case 4: return [`${indent}for ${name} in ${rng.pick(['range(10**9)', 'range(3)', expression(rng, 2)])}:`, ...statement(rng, indent + '    ')];
    case 5: return [`${indent}while ${rng.pick(['True', expression(rng, 2)])}:`, ...statement(rng, indent + '    ')];
    case 6: return [`${indent}def ${rng.pick(['f', 'g', 'smooth', name])}(${rng.pick(['', 'x', 'labels, eps=0.1', 'logits, targets', '*a, **k'])}):`,
      ...statement(rng, indent + '    '), `${indent}    return ${expression(rng, 3)}`];
    case 7: return [`${indent}print(${expression(rng, 3)})`];
    default: return [`${indent}${expression(rng, 3)}`];
  }
}

/** A short program of PyTorch-flavoured statements, syntactically plausible but semantically random. */
export function templateProgram(rng: Random): string {
  const lines = ['import torch', 'import torch.nn as nn', 'import torch.nn.functional as F'];
  for (let n = rng.between(1, 12); n > 0; n--) lines.push(...statement(rng, ''));
  return lines.join('\n') + '\n';
}
