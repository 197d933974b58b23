// The `[tool.label-smoothing-lab]` table of a project's pyproject.toml: `select` and `ignore`, lists of rule
// codes or prefixes. Read by the command line and the language server alike, from the pyproject.toml nearest to
// a file. Only that table is read, and only arrays of strings in it; anything else is a clear message and no
// selection (the defaults), never a crash.
import * as fs from 'fs';
import * as path from 'path';
import { isCodePattern, RuleSelection } from './selection';

export interface ProjectConfig {
  readonly selection: RuleSelection;
  /** Where the table was read from, for messages. */
  readonly file?: string;
  readonly problems: string[];
}

const TABLE = 'tool.label-smoothing-lab';

/** The configuration for a file: from the nearest pyproject.toml at or above its folder, cached per folder. */
export class ProjectConfigs {
  private readonly byFolder = new Map<string, ProjectConfig>();

  forFile(file: string): ProjectConfig {
    return this.forFolder(path.dirname(path.resolve(file)));
  }

  private forFolder(folder: string): ProjectConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const candidate = path.join(folder, 'pyproject.toml');
    let config: ProjectConfig;
    if (fs.existsSync(candidate)) {
      config = readProjectConfig(candidate);
    } else {
      const parent = path.dirname(folder);
      config = parent === folder ? { selection: {}, problems: [] } : this.forFolder(parent);
    }
    this.byFolder.set(folder, config);
    return config;
  }
}

export function readProjectConfig(file: string): ProjectConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { selection: {}, file, problems: [`${file}: ${(error as Error).message}`] };
  }
  return { ...parseProjectConfig(text, file), file };
}

export function parseProjectConfig(text: string, file = 'pyproject.toml'): { selection: RuleSelection; problems: string[] } {
  const problems: string[] = [];
  const selection: { select?: string[]; ignore?: string[] } = {};
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex(line => line.trim() === `[${TABLE}]`);
  if (start === -1) return { selection, problems };
  for (let i = start + 1; i < lines.length && !/^\s*\[/.test(lines[i]); i++) {
    let line = lines[i].replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) continue;
    // An array may span lines: gather until its closing bracket.
    while (/^[\w-]+\s*=\s*\[/.test(line) && !line.includes(']') && i + 1 < lines.length) line += ' ' + lines[++i].replace(/\s+#.*$/, '').trim();
    const match = /^([\w-]+)\s*=\s*(.*)$/.exec(line);
    const key = match?.[1];
    if (key !== 'select' && key !== 'ignore') {
      problems.push(`${file}:${i + 1}: [${TABLE}] knows select and ignore, not ${JSON.stringify(key ?? line)}; it is ignored.`);
      continue;
    }
    const codes = stringArray(match![2]);
    if (!codes || !codes.every(isCodePattern)) {
      problems.push(`${file}:${i + 1}: ${key} should be a list of rule codes such as ["LS001", "LS00"]; it is ignored.`);
      continue;
    }
    selection[key] = codes;
  }
  return { selection, problems };
}

/** `["LS001", 'LS00']` → the strings; undefined when it is not an array of plain strings. */
function stringArray(value: string): string[] | undefined {
  const body = /^\[(.*)\]$/.exec(value.trim())?.[1];
  if (body === undefined) return undefined;
  const items = body.split(',').map(item => item.trim()).filter(Boolean);
  const strings = items.map(item => /^"([^"\\]*)"$|^'([^']*)'$/.exec(item)).map(m => (m ? m[1] ?? m[2] : undefined));
  return strings.every((s): s is string => s !== undefined) ? strings : undefined;
}
