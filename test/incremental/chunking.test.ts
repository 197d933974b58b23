// A file's first chunking is found piece by piece, without parsing the whole file; it must give exactly the
// chunks one parse of the whole file gives, whatever spans lines: strings, brackets, clauses, decorators.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { chunksOf, initialChunks } from '../../server/src/incremental/chunkedText';
import { trainingModule } from '../../bench/trainingModule';
import { repositoryRoot, testParser } from '../helpers/parser';

const tricky: [string, string][] = [
  ['a docstring with lines at column 0', 'def f():\n    """Doc\nat column 0\n(and a bracket\n"""\n    return 1\nx = f()\n'],
  ['brackets continued at column 0', 'x = foo(\n1, 2,\n)\ny = [\n"a"]\n'],
  ['clauses at column 0', 'if x:\n    a = 1\nelif y:\n    a = 2\nelse:\n    a = 3\ntry:\n    pass\nexcept E:\n    pass\nfinally:\n    pass\n'],
  ['decorators', '@decorator\n@other(1)\ndef f():\n    pass\n@dec\nclass C:\n    pass\n'],
  ['a backslash continuation', 'x = 1 + \\\n2\ny = 3\n'],
  ['CRLF line breaks', 'import torch\r\n\r\ndef f():\r\n    return 1\r\nz = f()\r\n'],
  ['statements sharing a line', 'a = 1; b = 2\nc = a\n'],
  ['no final newline', 'import torch\nx = torch.ones(2)'],
  ['a syntax error', 'def f(:\n    return 1\nx = 2\ny = (\n'],
  ['a string with more lines at column 0 than the piecewise search joins', 'x = """\n' + 'line\n'.repeat(40) + '"""\ny = 1\n'],
  ['only comments', '# nothing\n# here\n'],
  ['comments before the first and after the last statement', '# header\n\nimport torch\nx = 1\n# end\n'],
  ['an empty file', ''],
  // Found by the fuzzer: tree-sitter-python ends a line only at \n, and skips a BOM as whitespace.
  ['a lone carriage return before a statement', 'imp\rortx = 1\n'],
  ['a BOM alone on the last line', 'x = 1\n\ufeff'],
  ['a line starting with a BOM', 'x = 1\n\ufeffy = 2\nz = 3\n'],
];

describe('chunking a file', () => {
  for (const [name, text] of tricky) {
    it(`${name}: the chunks of one whole parse`, async () => {
      const parser = await testParser();
      assert.deepStrictEqual(initialChunks(parser, text).map(chunk => chunk.text), chunksOf(parser, text).map(chunk => chunk.text));
    });
  }

  it('the examples, the fixtures and a generated 2,000-line module: the chunks of one whole parse', async () => {
    const parser = await testParser();
    const folders = ['examples', ...fs.readdirSync(path.join(repositoryRoot, 'test', 'fixtures', 'rules')).map(name => path.join('test', 'fixtures', 'rules', name))];
    const texts = [trainingModule(2000), ...folders.flatMap(folder => fs.readdirSync(path.join(repositoryRoot, folder))
      .filter(name => name.endsWith('.py')).map(name => fs.readFileSync(path.join(repositoryRoot, folder, name), 'utf8')))];
    for (const text of texts) assert.deepStrictEqual(initialChunks(parser, text).map(chunk => chunk.text), chunksOf(parser, text).map(chunk => chunk.text));
  });
});
