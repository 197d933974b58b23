// `check --format sarif`: SARIF 2.1.0 as GitHub code scanning takes it. Every rule of the catalog is listed
// with its summary and its docs page as help (the pages ship in docs/rules/, one folder above dist/). The log is
// typed with the SARIF 2.1.0 object model (@types/sarif), so a misspelt or misplaced property fails the build.
import * as fs from 'fs';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import * as path from 'path';
import { version } from '../../../package.json';
import { rules } from '../rules/catalog';
import type { Severity } from '../rules/rule';
import type { CliFinding } from './checkFile';

const LEVEL: Record<Severity, NonNullable<Result['level']>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(findings: readonly CliFinding[], docsDirectory = path.join(__dirname, '..', 'docs', 'rules')): string {
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'label-smoothing-lint',
          version,
          rules: rules.map(({ metadata }): ReportingDescriptor => {
            const page = readDocs(docsDirectory, metadata.name);
            return {
              id: metadata.code,
              name: metadata.name,
              shortDescription: { text: metadata.summary },
              fullDescription: { text: page ? firstSection(page) : metadata.summary },
              help: { text: page ?? metadata.summary, markdown: page ?? metadata.summary },
              defaultConfiguration: { level: LEVEL[metadata.defaultSeverity] },
              properties: { fixSafety: metadata.fixSafety },
            };
          }),
        },
      },
      results: findings.map((f): Result => ({
        ruleId: f.code,
        ruleIndex: rules.findIndex(rule => rule.metadata.code === f.code),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: f.path.split(path.sep).join('/') },
            // SARIF has no notebook cells: positions are inside the cell, which the properties name.
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        }],
        ...(f.cell === undefined ? {} : { properties: { cell: f.cell } }),
      })),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function readDocs(directory: string, name: string): string | undefined {
  try {
    return fs.readFileSync(path.join(directory, `${name}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

/** The "What it does" section's text: the rule's description in one paragraph. */
function firstSection(page: string): string {
  const match = /## What it does\s+([\s\S]*?)(\n## |$)/.exec(page);
  return (match ? match[1] : page).replace(/\s+/g, ' ').trim();
}
