// The hover on `label_smoothing=ε` in a cross-entropy loss: the targets it implies. PyTorch mixes each
// one-hot row with the uniform distribution, so the true class gets 1 − ε + ε/K and every other class ε/K.
// K is shown as a number when the code fixes the logits' shape, and as K otherwise.
import type { Node } from 'web-tree-sitter';
import type { Program } from '../analysis/program';
import type { CrossEntropyCall } from '../analysis/crossEntropyCalls';
import { classCountOf, ClassCount } from '../analysis/classCount';
import { numericValue } from '../analysis/constants';
import { formatNumber } from '../analysis/formatNumber';
import { describeValue } from '../rules/labelSmoothingOutOfRange';

export interface Preview {
  readonly markdown: string;
  /** The source (file or cell) and node the preview is about, for the hover's range. */
  readonly source: number;
  readonly node: Node;
}

/**
 * `fileLine` turns a line of the program's source into the line the reader sees: the editor analyses a file in
 * slices, whose lines are not the file's.
 */
export function labelSmoothingHover(program: Program, source: number, offset: number, fileLine: (line: number) => number = line => line): Preview | undefined {
  const loss = program.crossEntropyCalls.find(call => call.source === source && covers(hoverTarget(call), offset));
  if (!loss?.labelSmoothing) return undefined;
  return { markdown: describe(program, loss, loss.labelSmoothing, fileLine), source, node: hoverTarget(loss)! };
}

/** The whole `label_smoothing=ε` keyword argument, or the bare value when passed by position. */
function hoverTarget(loss: CrossEntropyCall): Node | undefined {
  const value = loss.labelSmoothing;
  return value?.parent?.type === 'keyword_argument' ? value.parent : value;
}

function covers(node: Node | undefined, offset: number): boolean {
  return !!node && node.startIndex <= offset && offset <= node.endIndex;
}

function describe(program: Program, loss: CrossEntropyCall, expression: Node, fileLine: (line: number) => number): string {
  const callee = loss.call.childForFieldName('function')?.text ?? loss.api;
  const epsilon = numericValue(program, expression);
  if (epsilon === undefined) {
    return [
      `**Label smoothing ε = \`${expression.text}\`** · \`${callee}\``,
      '',
      targetTable('1 − ε + ε/K', 'ε/K', 'each other class'),
      '',
      'ε is not a constant the code fixes, so no numbers are shown.',
    ].join('\n');
  }
  const shown = describeValue(expression, epsilon);
  if (epsilon > 1) {
    return `**Label smoothing ε = ${shown}** · \`${callee}\`\n\nOutside [0, 1]: PyTorch raises ` +
      '"label_smoothing must be between 0.0 and 1.0" when the loss is computed, so there are no targets.';
  }
  if (epsilon < 0) {
    return `**Label smoothing ε = ${shown}** · \`${callee}\`\n\nOutside [0, 1]: PyTorch ignores a negative ` +
      'value, so the targets stay one-hot (1 for the true class, 0 elsewhere), as with ε = 0.';
  }
  const k = loss.input && classCountOf(program, loss.input);
  return [
    `**Label smoothing ε = ${shown}** · \`${callee}\` mixes each one-hot target with the uniform distribution (ε/K)`,
    '',
    k ? knownTable(epsilon, k.count) : unknownTable(epsilon),
    '',
    k ? `K = ${k.count}, from ${citation(program, k, loss.source, fileLine)}.` :
      'K, the number of classes, is the size of the logits\' class dimension, which this code does not fix.',
  ].join('\n');
}

function knownTable(epsilon: number, k: number): string {
  const others = k - 1 === 1 ? 'the other class' : `each of the other ${k - 1}`;
  return targetTable(`1 − ε + ε/K = **${formatNumber(1 - epsilon + epsilon / k)}**`,
    `ε/K = **${formatNumber(epsilon / k)}**`, others);
}

function unknownTable(epsilon: number): string {
  const e = formatNumber(epsilon);
  return targetTable(`1 − ε + ε/K = ${formatNumber(1 - epsilon)} + ${e}/K`, `ε/K = ${e}/K`, 'each other class');
}

function targetTable(trueClass: string, otherClass: string, othersLabel: string): string {
  return ['| class | target |', '| --- | --- |', `| the true class | ${trueClass} |`, `| ${othersLabel} | ${otherClass} |`]
    .join('\n');
}

function citation(program: Program, k: ClassCount, hoverSource: number, fileLine: (line: number) => number): string {
  const { node, source } = k.evidence;
  const assignment = node.parent?.type === 'assignment' ? node.parent : node;
  const where = source === hoverSource
    ? `line ${fileLine(program.sources[source].rangeOf(node).start.line) + 1}`
    : 'in another cell';
  return `\`${assignment.text.replace(/\s+/g, ' ')}\` (${where})`;
}
