import * as assert from 'assert';
import { existingEvaluationOf } from '../../server/src/evaluator/evaluationOf';
import { lint } from '../../server/src/rules/lint';
import { programOf } from '../helpers/parser';

// Whether a program can be PyTorch code decides whether it is evaluated at all: most Python files are not, and
// evaluating one costs more than every rule's syntax checks together.
describe('which programs count as PyTorch code', () => {
  const evaluatedByLint = async (text: string) => {
    const program = await programOf(text);
    lint(program);
    return { mentionsTorch: program.mentionsTorch, evaluated: existingEvaluationOf(program) !== undefined };
  };

  it('a conventional alias only in a docstring or a comment does not make a file PyTorch code', async () => {
    const docstring = 'class Mapping:\n    def update(self, E, **F):\n        """for k, v in F.items(): D[k] = v"""\n        return None\n';
    assert.deepStrictEqual(await evaluatedByLint(docstring), { mentionsTorch: false, evaluated: false });
    const comment = 'def f(x):\n    # compare nn.Linear and F.softmax(x)\n    return x\n';
    assert.deepStrictEqual(await evaluatedByLint(comment), { mentionsTorch: false, evaluated: false });
  });

  it('the aliases in code count, imported or not, and so does an f-string\'s interpolation', async () => {
    for (const text of [
      'loss = F.cross_entropy(logits, labels, label_smoothing=0.1)\n',
      'criterion = nn.CrossEntropyLoss(label_smoothing=0.1)\n',
      'print(f"{F.softmax(x, dim=1)}")\n',
      'import torch\n',
    ]) assert.strictEqual((await programOf(text)).mentionsTorch, true, text);
  });

  it('a cell with the alias makes the notebook PyTorch code', async () => {
    assert.strictEqual((await programOf('x = 1\n', '"""docs"""\nF.softmax(t, dim=1)\n')).mentionsTorch, true);
    assert.strictEqual((await programOf('x = 1\n', '# F.softmax(t, dim=1)\n')).mentionsTorch, false);
  });
});
