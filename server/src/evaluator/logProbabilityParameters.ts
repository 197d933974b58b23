// Which parameters a function's own code treats as log-probabilities: those it gives, unchanged, as the input of
// F.kl_div / F.nll_loss, or of a KLDivLoss / NLLLoss its class builds in __init__ (`self.criterion =
// nn.KLDivLoss(...)`, then `self.criterion(x, true_dist)`). Their example is then the log_softmax of the example
// logits: a module that takes its model's log-probabilities (the Transformer label-smoothing module's `x`) is
// previewed with the divergence it computes, not with logits it never gets.
import type { Node } from 'web-tree-sitter';
import { lossModuleAttributes } from '../analysis/lossApplications';
import { argumentFor, callArguments, dottedName, forEachNodeOfType } from '../analysis/syntax';

const LOSS_FUNCTION = /(?:^|\.)(?:kl_div|nll_loss)$/;
const LOSS_MODULE = /(?:^|\.)(?:KLDivLoss|NLLLoss)$/;
const LOSS_FUNCTION_TEXT = /kl_div|nll_loss/;
const LOSS_MODULE_TEXT = /KLDivLoss|NLLLoss/;

/** `definition`: a function_definition; `init`: its class's __init__, when it is a method. */
export function logProbabilityParameters(definition: Node, parameterNames: readonly string[], init: Node | undefined): Set<string> {
  const found = new Set<string>();
  const body = definition.childForFieldName('body');
  if (!body || parameterNames.length === 0) return found;
  // Most functions call no such loss: their text says so without a walk of their trees.
  const lossModules = init && LOSS_MODULE_TEXT.test(init.text) ? lossModuleAttributes(init, LOSS_MODULE) : new Set<string>();
  if (!LOSS_FUNCTION_TEXT.test(body.text) && lossModules.size === 0) return found;
  let reassigned: Set<string> | undefined;
  forEachNodeOfType(body, ['call'], call => {
    const callee = dottedName(call.childForFieldName('function')!);
    if (!callee || !(LOSS_FUNCTION.test(callee) || lossModules.has(callee))) return;
    const input = argumentFor(callArguments(call), 'input', 0);
    if (input?.type !== 'identifier' || !parameterNames.includes(input.text)) return;
    reassigned ??= assignedNames(body);
    if (!reassigned.has(input.text)) found.add(input.text);
  });
  return found;
}

function assignedNames(body: Node): Set<string> {
  const found = new Set<string>();
  forEachNodeOfType(body, ['assignment', 'augmented_assignment'], assignment => {
    const left = assignment.childForFieldName('left');
    if (left?.type === 'identifier') found.add(left.text);
  });
  return found;
}
