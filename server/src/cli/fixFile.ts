// `check --fix`: applies the safe fixes of a Python file's selected findings and writes the file back, then the
// file is checked again. Notebooks are left as they are: rewriting their JSON could lose the author's layout.
import * as fs from 'fs';
import type { PythonParser } from '../parsing/pythonParser';
import { lint } from '../rules/lint';
import { applyFixes, safeFixes } from '../rules/fixes';
import { RuleSelection, selected } from '../rules/selection';
import { loadFile } from './loadFile';

export interface FixOutcome {
  /** The codes of the findings fixed, one per fix. */
  readonly fixed: string[];
  readonly error?: string;
}

export function fixFile(parser: PythonParser, path: string, selection: RuleSelection): FixOutcome {
  if (path.endsWith('.ipynb')) return { fixed: [] };
  const loaded = loadFile(parser, path);
  if ('error' in loaded) return { fixed: [], error: loaded.error };
  try {
    const findings = selected(lint(loaded.program).findings, selection);
    const fixes = safeFixes(findings);
    if (fixes.length === 0) return { fixed: [] };
    const fixed = findings.filter(finding => finding.fix && fixes.includes(finding.fix)).map(finding => finding.code);
    fs.writeFileSync(path, applyFixes(loaded.program.sources[0].text, fixes));
    return { fixed };
  } catch (error) {
    return { fixed: [], error: (error as Error).message };
  } finally {
    loaded.dispose();
  }
}
