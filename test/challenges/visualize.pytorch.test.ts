// Visualize mode's numbers are PyTorch's: for each case, the program visualize.ts documents is run in real
// PyTorch (test/oracle's harness and cache) and every printed tensor and loss is compared with visualize().
// The program here is written out independently of visualize.ts, and adds the built-in loss that the convention
// note claims is the same (CrossEntropyLoss(label_smoothing=…)). No expected number comes from our engine.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { visualize, VisualizationRequest } from '../../server/src/challenges';
import { closeEnough } from '../oracle/compare';
import { GoldenPrint, GoldenSnippet, Goldens, SnippetSet, loadGoldens } from '../oracle/goldens';

const CASES: readonly VisualizationRequest[] = [
  { epsilon: 0.1, classes: 4, label: 2, convention: 'uniform' },
  { epsilon: 0.2, classes: 5, label: 0, convention: 'off-target' },
  { epsilon: 0, classes: 3, label: 1, convention: 'uniform' },
  { epsilon: 1, classes: 4, label: 3, convention: 'uniform' },
  { epsilon: 0.3, classes: 2, label: 0, convention: 'uniform' },
  { epsilon: 0.15, classes: 20, label: 19, convention: 'off-target' },
  { epsilon: 0.05, classes: 10, label: 7, convention: 'off-target' },
  { epsilon: 0.9, classes: 3, label: 2, convention: 'off-target' },
];

function nameOf({ epsilon, classes, label, convention }: VisualizationRequest): string {
  return `visualize_${convention}_eps${String(epsilon).replace('.', 'p')}_k${classes}_label${label}`;
}

/** The smoothing CrossEntropyLoss needs for the same targets: ε, or ε·K/(K−1) for off-target (if ≤ 1). */
function builtInSmoothing({ epsilon, classes, convention }: VisualizationRequest): number | undefined {
  if (convention === 'uniform') return epsilon;
  const equivalent = (epsilon * classes) / (classes - 1);
  return equivalent <= 1 ? equivalent : undefined;
}

function program(request: VisualizationRequest): string {
  const { epsilon, classes, label, convention } = request;
  const [onLabel, offLabel] = convention === 'uniform'
    ? ['1 - epsilon + epsilon / classes', 'epsilon / classes']
    : ['1 - epsilon', 'epsilon / (classes - 1)'];
  const smoothing = builtInSmoothing(request);
  return [
    `# Visualize: ${convention}, epsilon ${epsilon}, K ${classes}, label ${label}`,
    'import torch',
    'import torch.nn.functional as F',
    `epsilon, classes, label = ${epsilon}, ${classes}, ${label}`,
    `targets = torch.full((classes,), ${offLabel})`,
    `targets[label] = ${onLabel}`,
    'print(targets)',
    'print(targets.sum())',
    'logits = torch.tensor([2.0 if c == label else 0.5 * (c % 3 - 1) for c in range(classes)])',
    'print(logits)',
    'print(F.softmax(logits, dim=0))',
    'print(F.cross_entropy(logits, targets))',
    'print(F.cross_entropy(logits, torch.tensor(label)))',
    ...(smoothing === undefined ? [] : [`print(F.cross_entropy(logits, torch.tensor(label), label_smoothing=${smoothing}))`]),
    '',
  ].join('\n');
}

function values(print: GoldenPrint): number[] {
  assert.strictEqual(print.tensors.length, 1, `one tensor in ${print.text}`);
  return print.tensors[0].values;
}

function assertClose(actual: readonly number[], expected: readonly number[], what: string): void {
  assert.strictEqual(actual.length, expected.length, `${what}: ${actual.length} values, PyTorch has ${expected.length}`);
  actual.forEach((value, i) => assert.ok(closeEnough(value, expected[i]), `${what}[${i}]: ${value}, PyTorch ${expected[i]}`));
}

describe('Visualize mode: targets and losses equal real PyTorch', function () {
  let set: SnippetSet;
  let goldens: Goldens;

  before(async function () {
    this.timeout(10 * 60 * 1000);   // a cold machine installs python3-torch first
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'visualize-snippets-'));
    for (const request of CASES) fs.writeFileSync(path.join(directory, `${nameOf(request)}.py`), program(request));
    set = { directory, cacheName: 'visualize' };
    goldens = await loadGoldens(set);
  });
  after(() => { if (set) fs.rmSync(set.directory, { recursive: true, force: true }); });

  for (const request of CASES) {
    it(`${request.convention}, ε = ${request.epsilon}, K = ${request.classes}, label ${request.label}`, () => {
      const golden: GoldenSnippet | undefined = goldens.snippets[nameOf(request)];
      assert.ok(golden, 'PyTorch ran the case');
      assert.strictEqual(golden.error, undefined, `PyTorch raised: ${golden.error?.message}`);
      const [targets, rowSum, logits, probabilities, loss, lossWithoutSmoothing, builtIn] = golden.prints;
      const shown = visualize(request);

      assert.strictEqual(shown.targetsPrinted, targets.text);
      // Both sides are float32 widened exactly: the same computation gives the same bits.
      assert.deepStrictEqual(shown.targets, values(targets));
      assertClose([shown.rowSum], values(rowSum), 'row sum');
      assert.deepStrictEqual(shown.logits, values(logits));
      assertClose(shown.probabilities, values(probabilities), 'softmax');
      assert.strictEqual(shown.loss, loss.text);
      assert.strictEqual(shown.lossWithoutSmoothing, lossWithoutSmoothing.text);
      if (builtInSmoothing(request) === undefined) {
        assert.strictEqual(golden.prints.length, 6);
        assert.match(shown.convention, /no CrossEntropyLoss\(label_smoothing=…\) computes it/);
      } else {
        // The note's claim: the built-in loss with that smoothing is the same loss.
        assert.strictEqual(shown.loss, builtIn.text, `the note says: ${shown.convention}`);
      }
    });
  }
});
