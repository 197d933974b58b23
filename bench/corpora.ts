// The benchmark's three corpora: (1) the top-level *.py files of this machine's Python standard library, real
// code at scale; (2) a generated 10,000-line PyTorch training module dense with smoothing code; (3) examples/.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { trainingModule } from './trainingModule';

export const repositoryRoot = path.resolve(__dirname, '..', '..');

export interface Corpus {
  readonly name: string;
  readonly files: readonly string[];
  readonly bytes: number;
  readonly lines: number;
}

function corpus(name: string, files: readonly string[]): Corpus {
  const texts = files.map(file => fs.readFileSync(file, 'utf8'));
  return { name, files, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0), lines: texts.reduce((n, t) => n + t.split('\n').length, 0) };
}

export function standardLibrary(): Corpus {
  const directory = execFileSync('/usr/bin/python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
  const files = fs.readdirSync(directory).filter(name => name.endsWith('.py')).sort().map(name => path.join(directory, name));
  return corpus(`Python ${path.basename(directory)} standard library (top-level *.py)`, files);
}

/** Writes the generated module to a temporary folder (the language server and the command line read files). */
export function generatedModule(): Corpus {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lsl-bench-')), 'training_module.py');
  fs.writeFileSync(file, trainingModule());
  return corpus('generated PyTorch training module', [file]);
}

export function examples(): Corpus {
  const directory = path.join(repositoryRoot, 'examples');
  return corpus('examples/', fs.readdirSync(directory).filter(name => /\.(py|ipynb)$/.test(name)).sort().map(name => path.join(directory, name)));
}
