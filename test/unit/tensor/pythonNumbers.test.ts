import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cppDoubleString, formatFixed, formatScientific, pythonFloatRepr } from '../../../server/src/tensor/format/pythonNumbers';

// fixtures/numbers.json holds Python's own renderings (fixtures/numberFormats.py).
interface NumberCase {
  readonly value: number;
  readonly repr: string;
  readonly fixed4: string;
  readonly fixed0: string;
  readonly sci4: string;
}

const cases = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'test', 'unit', 'tensor', 'fixtures', 'numberFormats.json'), 'utf8')) as NumberCase[];

describe("Python's number formatting", () => {
  it('repr(float) for every fixture value', () => {
    for (const c of cases) assert.strictEqual(pythonFloatRepr(c.value), c.repr, `repr(${c.repr})`);
  });

  it("'{:.4f}' rounds the exact binary value half to even", () => {
    for (const c of cases) assert.strictEqual(formatFixed(c.value, 4), c.fixed4, `${c.repr}`);
  });

  it("'{:.0f}'", () => {
    for (const c of cases) assert.strictEqual(formatFixed(c.value, 0), c.fixed0, `${c.repr}`);
  });

  it("'{:.4e}'", () => {
    for (const c of cases) assert.strictEqual(formatScientific(c.value, 4), c.sci4, `${c.repr}`);
  });

  it('non-finite values', () => {
    assert.deepStrictEqual([NaN, Infinity, -Infinity].map(x => [pythonFloatRepr(x), formatFixed(x, 4), formatScientific(x, 4)]),
      [['nan', 'nan', 'nan'], ['inf', 'inf', 'inf'], ['-inf', '-inf', '-inf']]);
  });

  it("C++'s default stream format for doubles in PyTorch's messages", () => {
    // As PyTorch 1.13 prints them in "label_smoothing must be between 0.0 and 1.0. Got: 1.5" (1e-07 as C's %g).
    assert.deepStrictEqual([1.5, 2, 1.25, 1.0000001, 123456789, 1e-7].map(cppDoubleString), ['1.5', '2', '1.25', '1', '1.23457e+08', '1e-07']);
  });
});
