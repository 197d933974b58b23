// The oracle's goldens: what real PyTorch prints, raises, warns and implies for every snippet in a folder of
// snippets: test/oracle/snippets by default, or another set (the challenges' code, written to a temporary folder
// by test/challenges). They come only from running PyTorch (run_pytorch.py), never from our evaluator.
// PyTorch is installed on demand (Debian's python3-torch) and the JSON is cached outside the clone, keyed by the
// sha256 of the snippets, the harness and the torch version, so only a change to one of them runs PyTorch again.
import { execFile } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The interpreter with Debian's torch; the `python3` first on a developer's PATH may be another one. */
export const PYTHON = '/usr/bin/python3';

/** test/oracle in the source tree (this file runs from out/test/oracle). */
export const oracleDirectory = path.resolve(__dirname, '..', '..', '..', 'test', 'oracle');
export const snippetsDirectory = path.join(oracleDirectory, 'snippets');
export const harnessFile = path.join(oracleDirectory, 'run_pytorch.py');

/** A folder of snippets, and the name of the cache folder its goldens are kept in. */
export interface SnippetSet {
  directory: string;
  cacheName: string;
}

/** The oracle's own snippets. */
export const oracleSnippets: SnippetSet = { directory: snippetsDirectory, cacheName: 'oracle' };

/** A tensor as print() shows it: shape, dtype ('float32' | 'float64' | 'int64' | 'bool') and row-major values. */
export interface GoldenTensor {
  shape: number[];
  dtype: string;
  /** Full precision (float32 widened exactly to float64); bools are 1/0; ±Infinity and NaN included. */
  values: number[];
}

/** One print() call: the text it writes WITHOUT the final end='\n', and its tensor arguments in order. */
export interface GoldenPrint {
  text: string;
  tensors: GoldenTensor[];
}

/** The exception that stopped the snippet; `line` is 1-based, in the innermost snippet frame. */
export interface GoldenError {
  type: string;
  message: string;
  line: number;
}

/** q = −∂loss/∂logprobs, for a snippet marked `# implied-targets: <loss> wrt <logprobs>`. */
export interface GoldenImplied {
  loss: string;
  logprobs: string;
  shape: number[];
  values: number[];
}

export interface GoldenSnippet {
  prints: GoldenPrint[];
  error?: GoldenError;
  /** The message of every Python warning, in order. */
  warnings: string[];
  implied?: GoldenImplied;
}

export interface Goldens {
  /** torch.__version__ of the PyTorch that produced them. */
  torch_version: string;
  /** By snippet file name without `.py`, e.g. `001_seed_predict_output`. */
  snippets: Record<string, GoldenSnippet>;
}

/** Where the goldens came from: the cache file, and whether this call had to run PyTorch. */
export interface GoldensOrigin {
  cacheFile: string;
  ranPyTorch: boolean;
}

/** The snippets' names (file names without `.py`), sorted: the order the harness and the test use. */
export function snippetNames(directory = snippetsDirectory): string[] {
  return fs.readdirSync(directory).filter(name => name.endsWith('.py')).map(name => name.slice(0, -3)).sort();
}

export function snippetPath(name: string, directory = snippetsDirectory): string {
  return path.join(directory, `${name}.py`);
}

interface RunResult { code: number; stdout: string; stderr: string }

function run(file: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<RunResult> {
  return new Promise(resolve => {
    execFile(file, args, { maxBuffer: 256 * 1024 * 1024, env: options.env ?? process.env, cwd: options.cwd }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr || (error && !stdout ? error.message : '')) });
    });
  });
}

/** torch.__version__ from /usr/bin/python3, or undefined when it cannot import torch. */
async function importedTorchVersion(): Promise<string | undefined> {
  const result = await run(PYTHON, ['-c', 'import torch; print(torch.__version__)']);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

const aptEnvironment = (): NodeJS.ProcessEnv => ({ ...process.env, DEBIAN_FRONTEND: 'noninteractive' });

function aptInstall(): Promise<RunResult> {
  return run('apt-get', ['install', '-y', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=600', 'python3-torch'], { env: aptEnvironment() });
}

/**
 * Makes sure `/usr/bin/python3 -c "import torch"` works, installing Debian's python3-torch when it does not, and
 * returns torch.__version__. Idempotent; runs `apt-get update` only when the install fails without it. Needs root
 * (CI and the workplace run as root).
 */
export async function ensurePyTorch(): Promise<string> {
  const present = await importedTorchVersion();
  if (present) return present;
  console.log('Installing PyTorch for the oracle tests (apt-get install python3-torch, about 2 minutes)...');
  let install = await aptInstall();
  if (install.code !== 0) {
    const update = await run('apt-get', ['update', '-o', 'DPkg::Lock::Timeout=600'], { env: aptEnvironment() });
    if (update.code !== 0) throw new Error(`apt-get update failed (exit ${update.code}):\n${update.stderr}`);
    install = await aptInstall();
  }
  if (install.code !== 0) throw new Error(`apt-get install python3-torch failed (exit ${install.code}):\n${install.stderr}`);
  const installed = await importedTorchVersion();
  if (!installed) throw new Error(`python3-torch is installed but ${PYTHON} -c "import torch" still fails`);
  return installed;
}

/** sha256 over every snippet (name and text), the harness and the torch version. */
export function goldensKey(version: string, directory = snippetsDirectory): string {
  const hash = createHash('sha256');
  for (const name of snippetNames(directory)) {
    hash.update(`snippet ${name}\0`);
    hash.update(fs.readFileSync(snippetPath(name, directory)));
    hash.update('\0');
  }
  hash.update('harness\0');
  hash.update(fs.readFileSync(harnessFile));
  hash.update(`\0torch ${version}`);
  return hash.digest('hex');
}

/** `${XDG_CACHE_HOME:-~/.cache}/label-smoothing-lab/<cacheName>` (`oracle` for the oracle's snippets) */
export function cacheDirectory(cacheName = oracleSnippets.cacheName): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'label-smoothing-lab', cacheName);
}

/** JSON has no ±Infinity or NaN: the harness writes them as strings, turned back into numbers here. */
function decodeNumber(value: number | string): number {
  if (typeof value === 'number') return value;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  if (value === 'NaN') return NaN;
  throw new Error(`unexpected value in the goldens: ${JSON.stringify(value)}`);
}

function decode(json: string): Goldens {
  const goldens = JSON.parse(json) as Goldens;
  if (typeof goldens.torch_version !== 'string' || typeof goldens.snippets !== 'object') throw new Error('not a goldens file');
  for (const snippet of Object.values(goldens.snippets)) {
    for (const print of snippet.prints) for (const tensor of print.tensors) tensor.values = tensor.values.map(decodeNumber);
    if (snippet.implied) snippet.implied.values = snippet.implied.values.map(decodeNumber);
  }
  return goldens;
}

/** Runs the harness over every snippet of `directory`: the goldens as JSON text. */
export async function runHarness(directory = snippetsDirectory): Promise<string> {
  const result = await run(PYTHON, [harnessFile, `--snippets=${directory}`], { cwd: oracleDirectory, env: { ...process.env, OMP_NUM_THREADS: '1', PYTHONDONTWRITEBYTECODE: '1' } });
  if (result.code !== 0) throw new Error(`${PYTHON} ${harnessFile} failed (exit ${result.code}):\n${result.stderr}`);
  decode(result.stdout);
  return result.stdout;
}

const loading = new Map<string, Promise<Goldens & { origin: GoldensOrigin }>>();

/** The goldens for the current snippets of a set: from the cache when present, else from running real PyTorch. */
export function loadGoldens(set: SnippetSet = oracleSnippets): Promise<Goldens & { origin: GoldensOrigin }> {
  const key = `${set.cacheName}\0${set.directory}`;
  const pending = loading.get(key);
  if (pending) return pending;
  const load = (async () => {
    const version = await ensurePyTorch();
    const cacheFile = path.join(cacheDirectory(set.cacheName), `${goldensKey(version, set.directory)}.json`);
    if (fs.existsSync(cacheFile)) {
      try {
        return { ...decode(fs.readFileSync(cacheFile, 'utf8')), origin: { cacheFile, ranPyTorch: false } };
      } catch {
        // A damaged cache file is made again below.
      }
    }
    const json = await runHarness(set.directory);
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, json);
    fs.renameSync(temporary, cacheFile);
    return { ...decode(json), origin: { cacheFile, ranPyTorch: true } };
  })();
  loading.set(key, load);
  load.catch(() => { loading.delete(key); });
  return load;
}
