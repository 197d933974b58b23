import * as assert from 'assert';
import { NotebookFormatError, readNotebookCells } from '../../server/src/notebooks/ipynb';

describe('reading .ipynb notebooks', () => {
  it('returns the code cells with their 1-based numbers, markdown counted', () => {
    const cells = readNotebookCells(JSON.stringify({
      cells: [
        { cell_type: 'markdown', source: ['# title'] },
        { cell_type: 'code', source: ['import torch\n', 'x = 1'] },
        { cell_type: 'code', source: 'y = 2' },
      ],
      metadata: { language_info: { name: 'python' } },
    }));
    assert.deepStrictEqual(cells, [{ number: 2, text: 'import torch\nx = 1' }, { number: 3, text: 'y = 2' }]);
  });

  it('skips notebooks of other languages', () => {
    assert.deepStrictEqual(readNotebookCells(JSON.stringify({
      cells: [{ cell_type: 'code', source: 'x <- 1' }], metadata: { kernelspec: { language: 'R' } },
    })), []);
  });

  it('rejects broken JSON and non-notebooks with a reason', () => {
    assert.throws(() => readNotebookCells('{"cells": ['), NotebookFormatError);
    assert.throws(() => readNotebookCells('[1, 2]'), /no "cells" list/);
    assert.throws(() => readNotebookCells('{"cells": [{"cell_type": "code", "source": 7}]}'), /cell 1: "source"/);
  });
});
