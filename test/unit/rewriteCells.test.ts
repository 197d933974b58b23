// A notebook's fixed cells are written back in place: the cell's source keeps its form (a list of lines or one
// string) and the file's indentation and line endings, and nothing outside the changed sources moves.
import * as assert from 'assert';
import { rewriteCells } from '../../server/src/notebooks/rewriteCells';

describe('rewriteCells', () => {
  it('keeps a string source a string, and every other cell as it was', () => {
    const notebook = '{"cells": [{"cell_type": "code", "source": "a = 1\\nb = 2"}, {"cell_type": "code", "source": ["c = 3"]}], "nbformat": 4}';
    const rewritten = rewriteCells(notebook, new Map([[0, 'a = 10\nb = 2']]));
    assert.strictEqual(rewritten, notebook.replace('"a = 1\\nb = 2"', '"a = 10\\nb = 2"'));
  });

  it('writes a list of lines with their line breaks, in the file\'s indentation and line endings', () => {
    const notebook = '{\r\n  "cells": [\r\n    {\r\n      "source": [\r\n        "x = 1\\n",\r\n        "y = 2"\r\n      ]\r\n    }\r\n  ]\r\n}\r\n';
    const rewritten = rewriteCells(notebook, new Map([[0, 'x = 1\ny = 20\n']]));
    assert.strictEqual(rewritten, notebook.replace('"y = 2"', '"y = 20\\n"'));
    assert.deepStrictEqual(JSON.parse(rewritten).cells[0].source, ['x = 1\n', 'y = 20\n']);
  });

  it('refuses text that is not JSON instead of writing a broken notebook', () => {
    assert.throws(() => rewriteCells('', new Map([[0, 'x']])), /not valid JSON/);
  });
});
