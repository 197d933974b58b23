// `check --fix`: applies the safe fixes of a file's selected findings and writes the file back, then the file is
// checked again. In a notebook the fixes apply cell by cell, and only the changed cells' sources are rewritten
// in the JSON (rewriteCells.ts), so the rest of the file stays as the author's tools wrote it.
import * as fs from 'fs';
import type { PythonParser } from '../parsing/pythonParser';
import { applyFixes, safeFixes } from '../rules/fixes';
import { RuleSelection, selected } from '../rules/selection';
import { rewriteCells } from '../notebooks/rewriteCells';
import { loadFile } from './loadFile';

export interface FixOutcome {
  /** The codes of the findings fixed, one per fix. */
  readonly fixed: string[];
  readonly error?: string;
}

export function fixFile(parser: PythonParser, path: string, selection: RuleSelection): FixOutcome {
  const loaded = loadFile(parser, path);
  if ('error' in loaded) return { fixed: [], error: loaded.error };
  try {
    const findings = selected(loaded.lint().findings, selection);
    const fixed: string[] = [];
    const newSources = new Map<number, string>();
    loaded.sources.forEach((document, source) => {
      // Offsets are per source (a file, or a notebook cell): overlaps are only checked within one.
      const ofSource = findings.filter(finding => finding.source === source);
      const fixes = safeFixes(ofSource);
      if (fixes.length === 0) return;
      fixed.push(...ofSource.filter(finding => finding.fix && fixes.includes(finding.fix)).map(finding => finding.code));
      newSources.set(source, applyFixes(document.text, fixes));
    });
    if (newSources.size === 0) return { fixed: [] };
    const { cellNumbers } = loaded;
    fs.writeFileSync(path, cellNumbers
      ? rewriteCells(loaded.text, new Map([...newSources].map(([source, text]) => [cellNumbers[source] - 1, text])))
      : newSources.get(0)!);
    return { fixed };
  } catch (error) {
    return { fixed: [], error: (error as Error).message };
  } finally {
    loaded.dispose();
  }
}
