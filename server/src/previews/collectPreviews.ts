// Every preview in a source, in order: the tensors assigned to names, and what functions return. This is what
// `label-smoothing-lint preview` prints.
import type { Node } from 'web-tree-sitter';
import type { Program } from '../analysis/program';
import { forEachNodeOfType } from '../analysis/syntax';
import { evaluationOf } from '../evaluator/evaluationOf';
import { previewOf, ValuePreview } from './valuePreview';
import { previewedReturn } from '../evaluator/recorder';

export interface LocatedPreview {
  readonly node: Node;
  /** The previewed expression, e.g. `smoothed` or `smooth_labels(…)`. */
  readonly expression: string;
  readonly preview: ValuePreview;
}

export function collectPreviews(program: Program, source: number): LocatedPreview[] {
  const evaluation = evaluationOf(program);
  const found: LocatedPreview[] = [];
  forEachNodeOfType(program.sources[source].root, ['assignment', 'function_definition'], node => {
    if (node.type === 'assignment') {
      const target = node.childForFieldName('left');
      const recorded = target?.type === 'identifier' ? evaluation.values.valueAt(source, target) : undefined;
      const preview = recorded && previewOf(recorded);
      if (preview && !('notPreviewed' in preview)) found.push({ node: target!, expression: target!.text, preview });
    } else if (node.type === 'function_definition') {
      const fn = evaluation.values.functionAt(source, node);
      const outcome = fn && evaluation.values.outcomeOf(fn);
      const returned = outcome && previewedReturn(outcome);
      const preview = returned && previewOf({ value: returned, inputs: outcome!.inputs, implied: outcome!.implied });
      const name = node.childForFieldName('name')!;
      if (preview && !('notPreviewed' in preview)) found.push({ node: name, expression: `${name.text}(…)`, preview });
    }
  });
  return found;
}
