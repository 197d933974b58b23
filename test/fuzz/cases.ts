// The four kinds of fuzz case, each a pure function of (seed, case number). A case is plain data (texts and
// edits), so a failing one can be written to a file and replayed as a regression fixture.
import type { TextChange } from '../../server/src/parsing/sourceDocument';
import { corpus, window } from './corpus';
import { randomChange } from './editSequences';
import { applyTextChange } from '../../server/src/parsing/textChange';
import { mutateNotebook, notebookOf } from './notebookMutators';
import { mutatePython } from './pythonMutators';
import { Random } from './random';
import { templateProgram, tokenSoup } from './tokenSoup';

export type FuzzCase =
  /** A Python file for the analysis core; `viaCommandLine` also checks and previews it as `dist/cli.js` does. */
  | { readonly kind: 'python' | 'soup'; readonly text: string; readonly probes: readonly number[]; readonly viaCommandLine: boolean }
  /** A notebook's JSON text, read the way only the command line reads notebooks. */
  | { readonly kind: 'notebook'; readonly json: string }
  /** A document and batches of incremental changes; `expected` is its text after them (from the LSP definition). */
  | { readonly kind: 'edits'; readonly text: string; readonly cell: boolean; readonly batches: readonly (readonly TextChange[])[]; readonly expected: string };

export type CaseKind = FuzzCase['kind'];

/** Two fifths mutated Python, then one fifth each: notebooks, token soup, edit sequences. */
const KIND_OF_RESIDUE: readonly CaseKind[] = ['python', 'notebook', 'python', 'soup', 'edits'];

export function kindOf(caseNumber: number): CaseKind {
  return KIND_OF_RESIDUE[caseNumber % KIND_OF_RESIDUE.length];
}

/** Some real Python: usually a window of up to 150 lines of the standard library or a PyTorch file. */
function realPython(rng: Random): string {
  const { plain, torch } = corpus();
  const text = rng.pick(plain.length && rng.chance(0.5) ? plain : torch);
  return window(text, rng.int(text.split('\n').length), rng.chance(0.1) ? 2000 : 150);
}

function torchPython(rng: Random): string {
  return rng.pick(corpus().torch);
}

function probes(rng: Random, text: string): number[] {
  return Array.from({ length: 4 }, () => rng.int(text.length + 1));
}

export function fuzzCase(seed: number, caseNumber: number): FuzzCase {
  const rng = Random.forCase(seed, caseNumber);
  switch (kindOf(caseNumber)) {
    case 'python': {
      const text = mutatePython(rng, realPython(rng), torchPython(rng));
      return { kind: 'python', text, probes: probes(rng, text), viaCommandLine: rng.chance(0.1) };
    }
    case 'soup': {
      const text = rng.chance(0.5) ? tokenSoup(rng) : templateProgram(rng);
      return { kind: 'soup', text, probes: probes(rng, text), viaCommandLine: rng.chance(0.1) };
    }
    case 'notebook': {
      const { notebooks } = corpus();
      const base = rng.chance(0.5) && notebooks.length ? rng.pick(notebooks)
        : JSON.stringify(notebookOf(Array.from({ length: rng.between(1, 5) }, () => window(torchPython(rng), rng.int(40), 20))));
      return { kind: 'notebook', json: mutateNotebook(rng, base, torchPython(rng)) };
    }
    case 'edits': {
      const text = realPython(rng);
      const donor = torchPython(rng);
      const batches: TextChange[][] = [];
      let current = text;
      for (let n = rng.between(1, 30); n > 0; n--) {
        const batch: TextChange[] = [];
        for (let m = rng.between(1, 3); m > 0; m--) {
          const change = randomChange(rng, current, donor);
          batch.push(change);
          current = applyTextChange(current, change);
        }
        batches.push(batch);
      }
      return { kind: 'edits', text, cell: rng.chance(0.2), batches, expected: current };
    }
  }
}
