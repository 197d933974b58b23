// Predict mode's reveal: what the static evaluator says code prints or raises. The expected texts are what
// /usr/bin/python3 with real PyTorch prints for these lines (checked by hand; the shipped challenges' code is
// held to PyTorch by test/challenges/pytorch.test.ts).
import * as assert from 'assert';
import { previewCode } from '../../server/src/challenges';
import { python, testParser } from '../helpers/parser';

describe('previewCode (Predict mode\'s reveal)', () => {
  it('returns every print\'s text, in order, and no error when the code runs to the end', async () => {
    const preview = previewCode(await testParser(), python`
      import torch
      print(torch.tensor([1, 2]).shape)
      print('ready')
    `);
    assert.deepStrictEqual(preview, { printed: ['torch.Size([2])', 'ready'] });
  });

  it('returns the prints before the error, and the error as Python shows its type and message', async () => {
    const preview = previewCode(await testParser(), python`
      import torch
      x = torch.zeros(3)
      print('before')
      x[5]
      print('after')
    `);
    assert.deepStrictEqual(preview, { printed: ['before'], error: 'IndexError: index 5 is out of bounds for dimension 0 with size 3' });
  });

  it('says why it stopped when the evaluator\'s budget runs out, instead of hanging', async () => {
    const preview = previewCode(await testParser(), 'while True:\n    pass\n');
    assert.deepStrictEqual(preview.printed, []);
    assert.match(preview.notPreviewed ?? '', /^the evaluator (stopped|could not follow line 1): .*steps/);
  });

  it('says where code that does not parse breaks, and evaluates none of it', async () => {
    const preview = previewCode(await testParser(), 'print("a")\nx = = 1\n');
    assert.deepStrictEqual(preview.printed, []);
    assert.match(preview.notPreviewed ?? '', /^the code does not parse: syntax error at line 2/);
  });
});
