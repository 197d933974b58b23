// Finds the class indices a target matrix was built from, so that hand-rolled smoothing can be rewritten as
// `label_smoothing=` on those indices (LS018's fix). Only what the code shows next to the loss: the target
// expression itself, and — for a name — its assignments and in-place `scatter_` calls earlier in the same
// function (or module). The indices are the first argument of `F.one_hot(…)` or the index of `scatter_(1, …)`
// without its `.unsqueeze(1)`. When the candidates disagree, or the targets come from another function, there
// is no answer.
import type { Node } from 'web-tree-sitter';
import type { Program } from '../analysis/program';
import { argumentFor, callArguments, forEachNodeOfType, unparenthesized } from '../analysis/syntax';
import { definitionsBefore } from '../analysis/definitionsBefore';

/**
 * The class-index expression behind `targets`, used at `use`, and the code that builds the targets from it;
 * undefined when the code does not show one.
 */
export function labelsOfTargets(program: Program, targets: Node, use: Node): { labels: Node; builtBy: Node[] } | undefined {
  const places = [targets, ...(targets.type === 'identifier' ? definitionsBefore(targets.text, use) : [])];
  const found: Node[] = [];
  for (const place of places) {
    forEachNodeOfType(place, ['call'], call => {
      const labels = labelsOfCall(program, call);
      if (labels) found.push(labels);
    });
  }
  return found.length && found.every(labels => labels.text === found[0].text) ? { labels: found[0], builtBy: places } : undefined;
}

function labelsOfCall(program: Program, call: Node): Node | undefined {
  const callee = call.childForFieldName('function');
  if (!callee) return undefined;
  const args = callArguments(call);
  if (program.imports.qualifiedName(callee) === 'torch.nn.functional.one_hot') return argumentFor(args, 'tensor', 0);
  const method = callee.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
  if (method !== 'scatter_' && method !== 'scatter') return undefined;
  const index = argumentFor(args, 'index', 1);
  return index && withoutColumnView(unparenthesized(index));
}

/** `y.unsqueeze(1)`, `y.view(-1, 1)`, `y.reshape(-1, 1)`, `y[:, None]` → `y`. */
function withoutColumnView(index: Node): Node | undefined {
  if (index.type === 'call') {
    const callee = index.childForFieldName('function');
    const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
    if (method === 'unsqueeze' || method === 'view' || method === 'reshape') return callee!.childForFieldName('object') ?? undefined;
  }
  if (index.type === 'subscript' && /None\s*\]$/.test(index.text)) return index.childForFieldName('value') ?? undefined;
  return undefined;
}
