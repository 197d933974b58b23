// What the target rules say about targets a loss module's forward() builds and gives its loss, and about a
// smoothing function whose K is a `class_size` parameter: the user reads the message, so its numbers matter.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../server/src/rules/lint';
import { programOf, repositoryRoot } from '../helpers/parser';

const fixture = (name: string) => fs.readFileSync(path.join(repositoryRoot, 'test', 'fixtures', 'rules', 'padding-gets-smoothing-mass', name), 'utf8');

async function messagesOf(text: string): Promise<string[]> {
  return lint(await programOf(text)).findings.map(f => `${f.code} ${f.message}`);
}

describe('targets built in a loss module', () => {
  it('names the module\'s own division and ε as written, not ε after float32 rounding', async () => {
    const [message, ...rest] = await messagesOf(fixture('loss_module_without_zeroed_column.py'));
    assert.deepStrictEqual(rest, []);
    assert.match(message, /^LS002 `dist` holds target rows that sum to 1\.05, not 1/);
    assert.match(message, /from `self\.eps \/ \(self\.vocab_size - 2\)` = ε\/\(K−2\) with ε = 0\.1, K = 4 /);
  });

  it('takes K from a class_size parameter\'s default', async () => {
    const [message] = await messagesOf(fixture('class_size_parameter.py'));
    assert.match(message, /^LS002 `smooth` returns target rows that sum to 1\.0125, not 1/);
    assert.match(message, /with ε = 0\.1, K = 10 /);
  });

  it('leaves a loss kept per element alone, and judges the same targets once the loss reduces them', async () => {
    const perElement = `import torch
import torch.nn.functional as F

def loss(x, target, smoothing=0.1, size=5):
    true_dist = torch.full_like(x, smoothing / (size - 2))
    true_dist.scatter_(1, target.unsqueeze(1), 1 - smoothing)
    return F.kl_div(x, true_dist, reduction='none')
`;
    assert.deepStrictEqual(await messagesOf(perElement), []);
    const [summed] = await messagesOf(perElement.replace("reduction='none'", "reduction='sum'"));
    assert.match(summed, /^LS002 `true_dist` holds target rows/);
  });
});
