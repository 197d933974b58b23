// The errors PyTorch raises for this code, as the evaluator found them: the program's own (module-level code)
// and those of each function when called with the code's or example inputs. Rules that stand for a PyTorch
// error (LS008, LS010, LS011, LS014) report the ones that are theirs at the statement that raises.
import type { Node } from 'web-tree-sitter';
import type { Program } from '../analysis/program';
import { evaluationCalling, evaluationOf } from '../evaluator/evaluationOf';
import { forEachNodeOfType } from '../analysis/syntax';
import type { Fix, Rule, RuleMetadata } from './rule';

export interface RaisedError {
  readonly source: number;
  readonly statement: Node;
  readonly type: string;
  readonly message: string;
  /** The PyTorch function or method that raised it, e.g. `scatter_`, `nll_loss`, `NLLLoss`. */
  readonly raisedBy?: string;
  /** The example inputs the function was called with, if any. */
  readonly inputs: readonly string[];
}

export function pytorchErrors(program: Program): RaisedError[] {
  if (!program.mentionsTorch) return [];
  const evaluation = evaluationOf(program);
  const errors: RaisedError[] = [];
  const { error } = evaluation;
  if (error?.statement) errors.push({ ...error, statement: error.statement, inputs: [] });
  program.sources.forEach((document, source) => {
    forEachNodeOfType(document.root, ['function_definition'], definition => {
      const calling = evaluationCalling(program, source, definition);
      const fn = calling.values.functionAt(source, definition);
      const raised = fn && calling.values.outcomeOf(fn);
      const at = raised?.raised?.at;
      // A function's error surfaces again where it is called; it is reported once, where it is raised.
      if (!raised?.raised || !at || errors.some(e => e.statement.id === at.statement.id)) return;
      errors.push({ source: at.source, statement: at.statement, raisedBy: at.raisedBy, type: raised.raised.type, message: raised.raised.message, inputs: raised.inputs });
    });
  });
  return errors;
}

/** "with the example inputs labels = tensor([0, 1, 2])", or nothing when the code gave the inputs. */
export function withInputs(error: RaisedError): string {
  return error.inputs.length ? ` (with the example inputs ${error.inputs.join('; ')})` : '';
}

/** What a rule says about an error it recognises: the explanation, and a fix when it has one. */
export type Recognised = string | { readonly explanation: string; readonly fix?: Fix };

/** A rule whose findings are the PyTorch errors it recognises, reported at the statement that raises them. */
export function pytorchErrorRule(metadata: RuleMetadata, recognise: (error: RaisedError, program: Program) => Recognised | undefined): Rule {
  return {
    metadata,
    check({ program, report }) {
      for (const error of pytorchErrors(program)) {
        const recognised = recognise(error, program);
        if (!recognised) continue;
        const { explanation, fix } = typeof recognised === 'string' ? { explanation: recognised, fix: undefined } : recognised;
        report(error.source, error.statement, `${explanation}${withInputs(error)}: PyTorch raises ${error.type}: ${error.message.split('\n')[0]}`, undefined, fix);
      }
    },
  };
}
