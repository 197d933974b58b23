// Code that creates many large tensors: one run of code may create 16 million elements in all (the tensors the
// previews evaluate live in the editor's process), and the cached programs keep few of them. Before, 300 lines
// of `torch.ones(1000, 1000)` took `check` past 8 GB and 450 s, and killed it (the server would have died too).
import * as assert from 'assert';
import * as path from 'path';
import { withElementAllowance } from '../../server/src/tensor';
import { zerosTensor } from '../../server/src/tensor/tensor';
import { Unsupported } from '../../server/src/evaluator/values';
import { definitionEvaluationOf, heldElements } from '../../server/src/evaluator/evaluationOf';
import { programOf } from '../helpers/parser';
import { runCli, scratchFiles } from './runMeasured';

const millionElementLines = (count: number) =>
  `import torch\n${Array.from({ length: count }, (_, i) => `t${i} = torch.ones(1000, 1000)\n`).join('')}`;

describe('tensors created in all (evaluation allowance)', function () {
  this.timeout(120_000);

  it('a run of code creates tensors up to its allowance, then each new one is refused with the reason', () => {
    let created = -1;
    withElementAllowance(100, () => {
      zerosTensor('float32', [6, 10]);
      assert.throws(() => zerosTensor('float32', [6, 10]), (error: unknown) =>
        error instanceof Unsupported && error.message === "the code creates tensors of more than 100 elements in all, the previews' limit");
      zerosTensor('float32', [40]);
    }, elements => { created = elements; });
    assert.strictEqual(created, 100);
    // Outside a run (rules, previews), tensors are bounded one by one only.
    assert.deepStrictEqual(zerosTensor('float32', [1000]).shape, [1000]);
  });

  it('the command line checks 40 lines of million-element tensors within bounded memory', () => {
    const directory = scratchFiles({ 'big.py': millionElementLines(40) });
    const run = runCli(['check', path.join(directory, 'big.py')], 110_000);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stdout, /No problems found in 1 file/);
    // Measured: 460 MB (2.6 GB before the allowance).
    assert.ok(run.peakMegabytes < 1_000, `${run.peakMegabytes} MB`);
  });

  it("hovering one function after another keeps a bounded number of their runs' tensors, and each still previews", async () => {
    // Each function builds a million-element tensor; a hover in a file whose whole evaluation did not reach them
    // runs the hovered function's definition alone (definitionEvaluationOf).
    const program = await programOf(`import torch\n${Array.from({ length: 12 }, (_, i) => `def f${i}():\n    return torch.ones(1000, 1000) * ${i}\n`).join('')}`);
    const definitions = program.sources[0].root.namedChildren.filter(node => node.type === 'function_definition');
    let highest = 0;
    let oneRun = 0;
    for (const definition of definitions) {
      const evaluation = definitionEvaluationOf(program, 0, definition);
      const fn = evaluation.values.functionAt(0, definition);
      assert.ok(fn && evaluation.values.outcomeOf(fn), `${definition.text.split('\n')[0]} ran`);
      oneRun ||= heldElements(program);
      highest = Math.max(highest, heldElements(program));
    }
    // The cache of programs weighs what they hold: a program that ran a function is not weightless.
    assert.ok(oneRun >= 1_000_000, `${oneRun}`);
    // At most the bound and the run that passed it; without the bound, twelve runs' worth (48 million here).
    assert.ok(highest <= 4_000_000 + oneRun, `${highest} elements held at most, ${oneRun} by one run`);
  });
});
