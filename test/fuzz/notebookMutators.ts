// Mutations of Jupyter notebooks: broken JSON, missing or mistyped fields, odd cell types, non-string
// sources, magics and huge cells. Only the command line reads .ipynb files, so these cases go through it.
import type { Random } from './random';
import { mutatePython } from './pythonMutators';

type Json = unknown;
type Notebook = { cells?: Json; metadata?: Json; [key: string]: Json };
type Cell = { cell_type?: Json; source?: Json; [key: string]: Json };

/** A valid notebook whose code cells are `sources`, as Jupyter writes it (sources as lists of lines). */
export function notebookOf(sources: readonly string[]): Notebook {
  return {
    cells: sources.map(source => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: source.split(/(?<=\n)/) })),
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' }, language_info: { name: 'python' } },
    nbformat: 4, nbformat_minor: 5,
  };
}

const ODD_VALUES: readonly Json[] = [null, 0, -1, 1e308, true, '', 'code', 'markdown', 'raw', 'Code', [], {}, [null], ['x = 1\n', 5], { source: 'x' }, 'x'.repeat(10)];

/** The cells list, when there is one. */
/** A fresh copy of an odd value: later mutations change objects in place, and shared ones would form cycles. */
function odd(rng: Random): Json {
  return structuredClone(rng.pick(ODD_VALUES));
}

function cellsOf(notebook: Notebook): Json[] | undefined {
  return Array.isArray(notebook.cells) ? notebook.cells : undefined;
}

/** The cells that are objects (earlier mutations may have put numbers or null in the list). */
function objectCells(notebook: Notebook): Cell[] {
  return (cellsOf(notebook) ?? []).filter((cell): cell is Cell => typeof cell === 'object' && cell !== null && !Array.isArray(cell));
}

type StructuralMutator = (rng: Random, notebook: Notebook, python: string) => void;

const STRUCTURAL: readonly StructuralMutator[] = [
  function removeField(rng, notebook) {
    const cells = objectCells(notebook);
    if (cells.length && rng.chance(0.7)) delete rng.pick(cells)[rng.pick(['source', 'cell_type', 'metadata', 'outputs'])];
    else delete notebook[rng.pick(['cells', 'metadata', 'nbformat'])];
  },
  function oddCellType(rng, notebook) {
    const cells = objectCells(notebook);
    if (cells.length) rng.pick(cells).cell_type = odd(rng);
  },
  function oddSource(rng, notebook) {
    const cells = objectCells(notebook);
    if (cells.length) rng.pick(cells).source = odd(rng);
  },
  function oddCell(rng, notebook) {
    const cells = cellsOf(notebook);
    if (cells) cells.splice(rng.int(cells.length + 1), 0, odd(rng));
  },
  function oddCells(rng, notebook) {
    notebook.cells = odd(rng);
  },
  function oddMetadata(rng, notebook) {
    notebook.metadata = rng.pick<Json>([null, [], 'python', { language_info: { name: odd(rng) } },
      { kernelspec: odd(rng) }, { language_info: { name: 'R' } }, { kernelspec: { language: 'PYTHON' } }]);
  },
  function mutateCellCode(rng, notebook, python) {
    const cells = objectCells(notebook);
    if (!cells.length) return;
    const cell = rng.pick(cells);
    const text = Array.isArray(cell.source) ? cell.source.join('') : typeof cell.source === 'string' ? cell.source : '';
    cell.source = mutatePython(rng, text, python);
  },
  function magics(rng, notebook) {
    const cells = objectCells(notebook);
    if (!cells.length) return;
    const magic = rng.pick(['%matplotlib inline\n', '!pip install torch\n', '%%time\n', '%timeit x = 1\n', 'x = !ls\n', '%%bash\nrm -rf /\n', '?torch.zeros\n', 'torch.zeros??\n', '%%\n', '%\n']);
    const cell = rng.pick(cells);
    cell.source = [magic, ...(Array.isArray(cell.source) ? cell.source : [String(cell.source ?? '')])];
  },
  function hugeCell(rng, notebook, python) {
    // Rare, because a huge cell takes a while: a cell of hundreds of kilobytes, or a single very long line.
    const cells = cellsOf(notebook);
    if (!cells || !rng.chance(0.05)) return;
    const source = rng.chance(0.5) ? python.repeat(Math.ceil(100_000 / Math.max(1, python.length))) : `x = [${'1, '.repeat(30_000)}]\n`;
    cells.push({ cell_type: 'code', metadata: {}, outputs: [], source });
  },
  function manyCells(rng, notebook, python) {
    const cells = cellsOf(notebook);
    if (cells) for (let n = rng.between(1, 200); n > 0; n--) cells.push({ cell_type: 'code', source: python.slice(0, rng.int(200)) });
  },
];

/** Damages the JSON text itself: truncation, a deleted or inserted character, a BOM, a lone surrogate. */
function breakJson(rng: Random, json: string): string {
  const at = rng.int(json.length + 1);
  switch (rng.int(5)) {
    case 0: return json.slice(0, at);
    case 1: return json.slice(0, at) + json.slice(at + 1);
    case 2: return json.slice(0, at) + rng.pick(['{', '}', '[', ']', ',', '"', ':', '\\', '\\u', '\ud800', 'NaN']) + json.slice(at);
    case 3: return '\ufeff' + json;
    default: return json.replace(/"source"/, '"source": 1, "source"');
  }
}

/** A damaged notebook's text: structural changes to a parsed notebook and, sometimes, broken JSON. */
export function mutateNotebook(rng: Random, json: string, python: string): string {
  let notebook: Notebook;
  try {
    notebook = JSON.parse(json) as Notebook;
  } catch {
    notebook = notebookOf([python]);
  }
  for (let n = rng.between(1, 4); n > 0; n--) rng.pick(STRUCTURAL)(rng, notebook, python);
  const text = JSON.stringify(notebook, null, rng.chance(0.5) ? 1 : undefined) ?? 'null';
  return rng.chance(0.25) ? breakJson(rng, text) : text;
}
