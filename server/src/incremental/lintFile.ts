// A Python file's findings as the editor finds them, for the command line. A file that mentions torch is
// analysed slice by slice (incrementalFile.ts): each slice's evaluation has a budget of its own, so a long file
// is analysed to its end — evaluated as one program, a few hundred lines of torch code use up the budget and the
// bugs further down go unreported. A file without torch builds no tensors: as one program it gives the same
// findings, sooner.
import type { Program } from '../analysis/program';
import type { PythonParser } from '../parsing/pythonParser';
import { lint, LintResult } from '../rules/lint';
import { IncrementalFile } from './incrementalFile';

/** `program`: one file's source, as loaded; its text is analysed again slice by slice when it mentions torch. */
export function lintFile(parser: PythonParser, program: Program): LintResult {
  const [source] = program.sources;
  if (program.sources.length !== 1 || source.kind !== 'file' || !program.mentionsTorch) return lint(program);
  return new IncrementalFile(parser, source.text).lint()!;
}
