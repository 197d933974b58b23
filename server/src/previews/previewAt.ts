// What a hover shows at a position: `label_smoothing=ε` (its implied targets), a function's name (what it
// returns for the code's or the example inputs), a call, or a name holding a tensor (its value there).
import type { Node } from 'web-tree-sitter';
import type { Program } from '../analysis/program';
import { definitionEvaluationOf, evaluationOf } from '../evaluator/evaluationOf';
import type { Evaluation } from '../evaluator/evaluate';
import { labelSmoothingHover, Preview } from './labelSmoothingHover';
import { previewOf } from './valuePreview';
import { previewedReturn } from '../evaluator/recorder';
import { renderPreview } from './renderPreview';
import { topLevelDefinition } from '../analysis/syntax';

/** `fileLine`: the line the reader sees for a line of the program's source (see labelSmoothingHover). */
export function previewAt(program: Program, source: number, offset: number, fileLine?: (line: number) => number): Preview | undefined {
  const smoothing = labelSmoothingHover(program, source, offset, fileLine);
  if (smoothing) return smoothing;
  const node = program.sources[source].root.namedDescendantForIndex(offset, offset);
  if (!node || node.type !== 'identifier') return undefined;
  const parent = node.parent;
  // A class's name never has a value to show (its methods' names do): nothing to evaluate the program for.
  if (parent?.type === 'class_definition' && parent.childForFieldName('name')?.id === node.id) return undefined;
  const evaluation = evaluationFor(program, source, node);
  if (parent?.type === 'function_definition' && parent.childForFieldName('name')?.id === node.id) {
    return functionPreview(evaluation, source, parent, node);
  }
  const target = expressionAt(node);
  const recorded = evaluation.values.valueAt(source, target);
  if (!recorded) {
    // The evaluation stopped before reaching this code: say why rather than show nothing.
    return evaluation.stoppedBecause
      ? { markdown: `**\`${titleOf(target)}\`**\n\nNot previewed: ${evaluation.stoppedBecause}.`, source, node: target }
      : undefined;
  }
  const preview = previewOf(recorded);
  if (!preview) return undefined;
  return { markdown: renderPreview(titleOf(target), preview), source, node: target };
}

/**
 * The whole program's evaluation, unless it never ran the top-level function the node is in — the file is too
 * large for the budget, or the example calls ran out (their number or the clock) before reaching it: then that
 * definition's own evaluation. A class's methods have no outcome of their own; a class gets its own evaluation
 * when the whole one stopped.
 */
function evaluationFor(program: Program, source: number, node: Node): Evaluation {
  const whole = evaluationOf(program);
  const definition = topLevelDefinition(node);
  if (!definition) return whole;
  if (definition.type === 'class_definition') return whole.stoppedBecause ? definitionEvaluationOf(program, source, definition) : whole;
  const defined = whole.values.functionAt(source, definition);
  return defined && whole.values.outcomeOf(defined) ? whole : definitionEvaluationOf(program, source, definition);
}

/** The expression a hovered name stands for: `x`, `self.x`, or the call `f(…)` when it names the callee. */
function expressionAt(name: Node): Node {
  let expression = name;
  const parent = name.parent;
  if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === name.id) expression = parent;
  const call = expression.parent;
  if (call?.type === 'call' && call.childForFieldName('function')?.id === expression.id) return call;
  return expression;
}

function functionPreview(evaluation: Evaluation, source: number, definition: Node, name: Node): Preview | undefined {
  const fn = evaluation.values.functionAt(source, definition);
  const outcome = fn && evaluation.values.outcomeOf(fn);
  const title = `${name.text}(…)`;
  if (!outcome) {
    return { markdown: `**\`${title}\`**\n\nNot previewed: the code never calls it, and no example input fits its parameters.`, source, node: name };
  }
  if (outcome.raised) {
    const inputs = outcome.inputs.length ? `\n\nExample inputs: ${outcome.inputs.join('; ')}.` : '';
    return { markdown: `**\`${title}\`** raises \`${outcome.raised.type}: ${outcome.raised.message}\`${inputs}`, source, node: name };
  }
  // A function that returns several values (`return loss, nll_loss`) is previewed by its first tensor.
  const returned = previewedReturn(outcome);
  const preview = returned && previewOf({ value: returned, inputs: outcome.inputs, implied: outcome.implied });
  if (!preview) return undefined;
  const which = returned !== outcome.returned ? ' (its first tensor)' : '';
  return { markdown: renderPreview(`${title} returns${which}`, preview), source, node: name };
}

function titleOf(expression: Node): string {
  const text = expression.text.replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
