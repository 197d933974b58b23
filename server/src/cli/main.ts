// `label-smoothing-lint`: the linter on the command line (dist/cli.js). Exit 0 clean, 1 findings, 2 usage or
// read errors (a message on stderr for each; the files that could be read are still checked and reported).
import * as fs from 'fs';
import * as path from 'path';
import { version } from '../../../package.json';
import { grammarFilesIn, PythonParser } from '../parsing/pythonParser';
import { compileParserFor } from '../parsing/wasmCompilation';
import { parseArguments, usage } from './arguments';
import { checkFile, CliFinding } from './checkFile';
import { collectFiles } from './collectFiles';
import { formatPreviewsText, previewFile } from './previewFile';
import { formatJson, formatStatistics, formatSummary, formatText, statisticsOf } from './formatters';
import { formatSarif } from './sarif';
import { selected } from '../rules/selection';
import { ProjectConfigs } from '../rules/projectConfig';
import { overlay } from '../rules/selection';
import { fixFile } from './fixFile';

async function main(argv: readonly string[]): Promise<number> {
  const invocation = parseArguments(argv);
  switch (invocation.kind) {
    case 'help':
      process.stdout.write(usage + '\n');
      return 0;
    case 'version':
      process.stdout.write(`label-smoothing-lint ${version}\n`);
      return 0;
    case 'usageError':
      process.stderr.write(`label-smoothing-lint: ${invocation.message}\n\n${usage}\n`);
      return 2;
    case 'preview': {
      compileParserFor(sizeOf([invocation.path]));
      const parser = await PythonParser.load(grammarFilesIn(__dirname));
      const previews = previewFile(parser, invocation.path);
      if ('error' in previews) {
        process.stderr.write(`label-smoothing-lint: ${displayPath(invocation.path)}: ${previews.error}\n`);
        return 2;
      }
      process.stdout.write(invocation.format === 'json' ? JSON.stringify(previews, null, 2) + '\n' : formatPreviewsText(displayPath(invocation.path), previews));
      return 0;
    }
    case 'check':
      break;
  }

  const { files, errors } = collectFiles(invocation.paths);
  const problems = errors.map(e => `${e.path}: ${e.message}`);
  compileParserFor(sizeOf(files));
  const parser = await PythonParser.load(grammarFilesIn(__dirname));
  const findings: CliFinding[] = [];
  const configs = new ProjectConfigs();
  const reported = new Set<string>();
  for (const file of files) {
    if (invocation.fix) {
      const config = configs.forFile(file);
      const outcome = fixFile(parser, file, overlay(invocation.selection, config.selection));
      if (outcome.error) problems.push(`${displayPath(file)}: not fixed: ${outcome.error}`);
      // Said on stderr, so that stdout stays the findings (text or JSON) that remain.
      if (outcome.fixed.length) process.stderr.write(`Fixed ${describeFixed(outcome.fixed)} in ${displayPath(file)}\n`);
    }
    const result = checkFile(parser, file, displayPath(file));
    if (!result.ok) {
      problems.push(`${displayPath(file)}: ${result.message}`);
      continue;
    }
    // The project's pyproject.toml, under the command line's own --select (which wins) and --ignore (which adds).
    const config = configs.forFile(file);
    for (const problem of config.problems.filter(p => !reported.has(p))) {
      reported.add(problem);
      process.stderr.write(`label-smoothing-lint: warning: ${problem}\n`);
    }
    const ignore = [...(config.selection.ignore ?? []), ...(invocation.selection.ignore ?? [])];
    findings.push(...selected(result.findings, { select: invocation.selection.select ?? config.selection.select, ignore: ignore.length ? ignore : undefined }));
    problems.push(...result.internalErrors.map(message => `${displayPath(file)}: internal error: ${message}`));
  }

  for (const problem of problems) process.stderr.write(`label-smoothing-lint: ${problem}\n`);
  const kept = findings;
  if (invocation.statistics) {
    process.stdout.write(invocation.format === 'json' ? JSON.stringify(statisticsOf(kept), null, 2) + '\n' : formatStatistics(statisticsOf(kept)));
  } else if (invocation.format === 'json') {
    process.stdout.write(formatJson(kept));
  } else if (invocation.format === 'sarif') {
    process.stdout.write(formatSarif(kept));
  } else {
    process.stdout.write(formatText(kept));
    process.stdout.write(formatSummary(kept.length, files.length));
  }
  if (problems.length) return 2;
  return kept.length ? 1 : 0;
}

/** "3 problems (LS017 ×2, LS012)". */
function describeFixed(codes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const listed = [...counts].map(([code, n]) => (n > 1 ? `${code} ×${n}` : code)).join(', ');
  return `${codes.length} problem${codes.length === 1 ? '' : 's'} (${listed})`;
}

/** Paths relative to the working directory when inside it, as the user would type them. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
}

main(process.argv.slice(2)).then(
  code => { process.exitCode = code; },
  error => {
    process.stderr.write(`label-smoothing-lint: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);

/** The files' total size in bytes (unreadable files count as empty: reading them reports the error). */
function sizeOf(files: readonly string[]): number {
  return files.reduce((total, file) => {
    try {
      return total + fs.statSync(file).size;
    } catch {
      return total;
    }
  }, 0);
}
