// Inlay hints after assignments of smoothed targets: the first row and its sum, e.g.
// `smoothed = smooth_labels(labels)  ▸ [0.9250, 0.0250, 0.0250, 0.0250] Σ 1.0000`. The hint's tooltip is the
// full preview. A tensor counts as smoothed targets when it is a 2-D float matrix of probabilities with at
// least one row that spreads its mass over more than one class.
import type { Node } from 'web-tree-sitter';
import type { Program } from '../analysis/program';
import type { Position } from '../parsing/lineIndex';
import { forEachNodeOfType } from '../analysis/syntax';
import { evaluationOf } from '../evaluator/evaluationOf';
import { previewOf, ValuePreview } from './valuePreview';
import { renderPreview } from './renderPreview';

export interface TargetsHint {
  /** Where the hint goes: the end of the assignment. */
  readonly position: Position;
  readonly label: string;
  readonly tooltip: string;
}

const SHOWN_COLUMNS = 6;

export function targetsHints(program: Program, source: number): TargetsHint[] {
  const document = program.sources[source];
  const evaluation = evaluationOf(program);
  const hints: TargetsHint[] = [];
  forEachNodeOfType(document.root, ['assignment'], node => {
    const target = node.childForFieldName('left');
    if (target?.type !== 'identifier') return;
    const recorded = evaluation.values.valueAt(source, target);
    const preview = recorded && previewOf(recorded);
    if (!preview || 'notPreviewed' in preview || !isSmoothedTargets(preview)) return;
    hints.push({ position: document.rangeOf(endOfStatement(node)).end, label: hintLabel(preview), tooltip: renderPreview(target.text, preview) });
  });
  return hints;
}

function isSmoothedTargets(preview: ValuePreview): boolean {
  if (preview.shape.length !== 2 || !preview.dtype.startsWith('float') || !preview.convention) return false;
  const k = preview.shape[1];
  for (let r = 0; r < preview.shape[0]; r++) {
    if (preview.values.slice(r * k, r * k + k).filter(v => v > 0).length > 1) return true;
  }
  return false;
}

function hintLabel(preview: ValuePreview): string {
  const k = preview.shape[1];
  const row = preview.values.slice(0, k).map(v => v.toFixed(4));
  const shown = row.length > SHOWN_COLUMNS ? [...row.slice(0, 3), '…', ...row.slice(-2)] : row;
  return `▸ [${shown.join(', ')}] Σ ${preview.rowSums![0].toFixed(4)}`;
}

/** A hint after `x = f(…)` goes after the whole statement, which may span lines. */
function endOfStatement(assignment: Node): Node {
  return assignment.parent?.type === 'expression_statement' ? assignment.parent : assignment;
}
