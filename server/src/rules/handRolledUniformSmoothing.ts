// LS018 hand-rolled-uniform-smoothing (information): a cross-entropy given one-hot targets smoothed by hand in
// the uniform convention (1 − ε + ε/K, ε/K), which equals `label_smoothing=ε` on the class indices. The code is
// correct; the built-in form is shorter, needs no K, avoids an (N, K) tensor, and cannot drift into a mixed
// convention. The off-target convention (ε/(K−1)) is not reported: it is a deliberate choice (fairseq, ESPnet)
// whose label_smoothing would be ε·K/(K−1), a number the code does not write.
// Only the cross-entropies PyTorch smooths itself are considered, without class weights: with weights, index
// and probability targets are averaged differently, so the two forms would not be equal.
import type { Node } from 'web-tree-sitter';
import { argumentFor, callArguments, forEachNodeOfType } from '../analysis/syntax';
import type { Program } from '../analysis/program';
import type { CrossEntropyCall } from '../analysis/crossEntropyCalls';
import { evaluationOf } from '../evaluator/evaluationOf';
import { formatEpsilon, recogniseConvention } from '../previews/convention';
import { evaluatedMatrix, evaluatedNumber } from './evaluatedValue';
import { labelsOfTargets } from './labelsOfTargets';
import type { Fix, Rule } from './rule';

export const handRolledUniformSmoothing: Rule = {
  metadata: {
    code: 'LS018',
    name: 'hand-rolled-uniform-smoothing',
    defaultSeverity: 'information',
    fixSafety: 'unsafe',
    summary: 'hand-written ε/K smoothing plus cross-entropy that equals label_smoothing=ε',
  },
  check({ program, report }) {
    for (const loss of program.crossEntropyCalls) {
      if (!loss.target || hasWeights(loss)) continue;   // the two forms differ
      const smoothing = loss.labelSmoothing && evaluatedNumber(program, loss.source, loss.labelSmoothing);
      if (smoothing) continue;   // smoothing twice is LS003's
      const targets = evaluatedMatrix(evaluationOf(program), loss.target.source, loss.target.node);
      const convention = targets && recogniseConvention(targets.rows);
      if (convention?.name !== 'uniform' || !convention.labelSmoothing) continue;
      const epsilon = formatEpsilon(convention.labelSmoothing);
      const fix = loss.api === 'torch.nn.functional.cross_entropy' ? builtInFix(program, loss, convention.labelSmoothing) : undefined;
      report(loss.target.source, loss.target.node, `\`${loss.target.node.text}\` holds one-hot targets smoothed by hand ` +
        `(uniform ε/K, ε = ${epsilon}); the cross-entropy computes the same loss from the class indices with ` +
        `label_smoothing=${epsilon}, without building the targets.`, undefined, fix);
    }
  },
};

/** Class weights (or arguments we cannot see); `ignore_index` with probability targets is LS014's error. */
function hasWeights(loss: CrossEntropyCall): boolean {
  const args = callArguments(loss.call);
  const functional = loss.api === 'torch.nn.functional.cross_entropy';
  return !!argumentFor(args, 'weight', functional ? 2 : 0) || !!argumentFor(args, 'ignore_index', functional ? 4 : 2) || args.hasSplat;
}

/** `F.cross_entropy(logits, targets)` → `F.cross_entropy(logits, labels, label_smoothing=eps)`. */
function builtInFix(program: Program, loss: CrossEntropyCall, labelSmoothing: number): Fix | undefined {
  const target = loss.target!.node;
  const found = labelsOfTargets(program, target, loss.call);
  if (!found) return undefined;
  const { labels, builtBy } = found;
  const labelsValue = evaluationOf(program).values.valueAt(loss.source, labels)?.value;
  if (labelsValue && (labelsValue.kind !== 'tensor' || labelsValue.tensor.dtype !== 'int64')) return undefined;
  const epsilon = epsilonSpelling(program, loss.source, builtBy, labelSmoothing);
  const edits = [{ start: target.startIndex, end: target.endIndex, newText: labels.text }];
  if (loss.labelSmoothing) {
    edits.push({ start: loss.labelSmoothing.startIndex, end: loss.labelSmoothing.endIndex, newText: epsilon });
  } else {
    const list = loss.call.childForFieldName('arguments')!;
    const last = list.namedChildren.filter((child): child is Node => !!child && child.type !== 'comment').pop()!;
    edits.push({ start: last.endIndex, end: last.endIndex, newText: `, label_smoothing=${epsilon}` });
  }
  return { title: `Use label_smoothing=${epsilon} on \`${labels.text}\``, safety: 'unsafe', edits };
}

/** The name the code gives ε (`eps`, `smoothing`) when one near the targets has that value; else the number. */
function epsilonSpelling(program: Program, source: number, near: readonly Node[], value: number): string {
  let spelled: string | undefined;
  for (const place of near) {
    forEachNodeOfType(place, ['identifier'], node => {
      if (spelled === undefined && Math.abs((evaluatedNumber(program, source, node) ?? NaN) - value) <= 1e-6) spelled = node.text;
    });
  }
  return spelled ?? formatEpsilon(value);
}
