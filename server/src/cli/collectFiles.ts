// Expands the paths given on the command line into the Python files and notebooks to check, the way ruff
// and flake8 do: a file named explicitly is always checked; a directory contributes its *.py and *.ipynb,
// skipping folders that hold no project code. Symbolic links to folders are not followed (no cycles).
import * as fs from 'fs';
import * as path from 'path';

const SKIPPED_FOLDERS = new Set(['node_modules', '__pycache__', 'site-packages', 'venv', 'env']);
const CHECKED_EXTENSIONS = new Set(['.py', '.pyi', '.ipynb']);

export interface Collected {
  readonly files: string[];
  /** Paths that could not be read, with the reason. */
  readonly errors: { readonly path: string; readonly message: string }[];
}

export function collectFiles(paths: readonly string[]): Collected {
  const files: string[] = [];
  const errors: Collected['errors'] = [];
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (error) {
      errors.push({ path: given, message: describeFsError(error) });
      continue;
    }
    if (stat.isDirectory()) walk(given, files, errors);
    else files.push(given);
  }
  return { files: [...new Set(files)].sort(), errors };
}

function walk(directory: string, files: string[], errors: Collected['errors']): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    errors.push({ path: directory, message: describeFsError(error) });
    return;
  }
  for (const entry of entries) {
    const child = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) walk(child, files, errors);
    } else if (entry.isFile() && CHECKED_EXTENSIONS.has(path.extname(entry.name))) {
      files.push(child);
    }
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}
