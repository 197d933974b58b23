import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { formatTensor } from '../../../server/src/tensor/format/formatTensor';
import { type DType } from '../../../server/src/tensor/dtype';
import { tensorFromValues } from '../../../server/src/tensor/tensor';

// Every expected string in fixtures/printing.json was printed by real PyTorch (fixtures/printing.py).
interface PrintingCase {
  readonly name: string;
  readonly dtype: DType;
  readonly shape: number[];
  readonly values: (number | 'nan' | 'inf' | '-inf' | '-0')[];
  readonly requiresGrad: boolean;
  readonly repr: string;
}

const fixtureFile = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'unit', 'tensor', 'fixtures', 'printing.json');
const fixture = JSON.parse(fs.readFileSync(fixtureFile, 'utf8')) as { cases: PrintingCase[] };

function decode(value: PrintingCase['values'][number]): number {
  switch (value) {
    case 'nan': return NaN;
    case 'inf': return Infinity;
    case '-inf': return -Infinity;
    case '-0': return -0;
    default: return value;
  }
}

describe('printing tensors as PyTorch prints them', () => {
  for (const testCase of fixture.cases) {
    it(testCase.name, () => {
      const t = tensorFromValues(testCase.dtype, testCase.shape, Float64Array.from(testCase.values.map(decode)));
      t.requiresGrad = testCase.requiresGrad;
      assert.strictEqual(formatTensor(t), testCase.repr);
    });
  }

  it('covers every kind of case the generator writes', () => {
    assert.ok(fixture.cases.length >= 90);
  });
});
