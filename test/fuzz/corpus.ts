// The real code the mutators start from: the machine's Python standard library (located as the benchmark does),
// examples/ and the rule fixtures. The standard library brings syntax variety; the examples and fixtures bring
// the PyTorch code that reaches the evaluator and the rules' deeper paths.
import * as fs from 'fs';
import * as path from 'path';
import { standardLibrary } from '../../bench/corpora';
import { repositoryRoot } from '../helpers/parser';

export interface Corpus {
  /** Python sources without PyTorch (the standard library); empty when no Python is installed. */
  readonly plain: readonly string[];
  /** Python sources that use PyTorch: examples/*.py and the rule fixtures. */
  readonly torch: readonly string[];
  /** Jupyter notebooks as JSON text: examples/*.ipynb. */
  readonly notebooks: readonly string[];
}

let loaded: Corpus | undefined;

export function corpus(): Corpus {
  loaded ??= {
    plain: standardLibraryTexts(),
    torch: [...filesUnder(path.join(repositoryRoot, 'examples'), '.py'), ...filesUnder(path.join(repositoryRoot, 'test', 'fixtures', 'rules'), '.py')],
    notebooks: filesUnder(path.join(repositoryRoot, 'examples'), '.ipynb'),
  };
  return loaded;
}

function standardLibraryTexts(): string[] {
  try {
    return standardLibrary().files.map(file => fs.readFileSync(file, 'utf8'));
  } catch (error) {
    // The run still covers every case kind from the repository's own files; say what is missing.
    process.stderr.write(`fuzz: no Python standard library found (${(error as Error).message.split('\n')[0]}); using the repository's files only\n`);
    return [];
  }
}

function filesUnder(directory: string, extension: string): string[] {
  const texts: string[] = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) texts.push(...filesUnder(file, extension));
    else if (entry.name.endsWith(extension)) texts.push(fs.readFileSync(file, 'utf8'));
  }
  return texts;
}

/** A run of whole lines of `text` (at most `maxLines`), so cases stay small enough to run thousands. */
export function window(text: string, start: number, maxLines: number): string {
  const lines = text.split('\n');
  const first = Math.min(start, Math.max(0, lines.length - 1));
  return lines.slice(first, first + maxLines).join('\n');
}
