import { isCodePattern, RuleSelection } from '../rules/selection';

// Parses `label-smoothing-lint` arguments. Anything unexpected is a usage error (exit 2), never a guess.
export type OutputFormat = 'text' | 'json' | 'sarif';

export type Invocation =
  | { readonly kind: 'check'; readonly paths: string[]; readonly format: OutputFormat; readonly selection: RuleSelection; readonly statistics: boolean; readonly fix: boolean }
  | { readonly kind: 'preview'; readonly path: string; readonly format: OutputFormat }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usageError'; readonly message: string };

export const usage = `Usage: label-smoothing-lint check [PATH...] [--format text|json|sarif] [--select CODES] [--ignore CODES] [--statistics] [--fix]
       label-smoothing-lint preview [--format text|json] FILE

check    Checks Python files (*.py) and Jupyter notebooks (*.ipynb) for label-smoothing bugs. Directories are
         searched recursively (hidden folders, node_modules, __pycache__ and virtual environments are
         skipped); no PATH means the current directory.
preview  Prints every tensor preview of FILE, as the editor's hovers show them: the tensor exactly as PyTorch
         prints it, row sums, the smoothing convention. The code is evaluated statically, never run.

Options:
  --select CODES      report only these rules: codes or prefixes, comma-separated (LS001,LS00,ALL)
  --ignore CODES      never report these rules (same form)
  --statistics        print how many findings each rule has instead of the findings
  --fix               apply the safe fixes (in notebooks, to the cells' sources only), say what changed,
                      and report what remains
  --format FORMAT     text: one 'path:line:col: CODE message' per finding (default)
                      json: an array of {path, line, column, endLine, endColumn, code, rule, severity,
                      message[, cell]}, 1-based lines and columns; for a notebook, positions are in its cell
                      sarif (check only): SARIF 2.1.0 for GitHub code scanning
                      (preview, text or json: {line, column, expression, printed, values, shape, dtype, rowSums,
                      convention, impliedTargets, exampleInputs[, cell]})
  -h, --help          show this help
  --version           show the version

Exit status: 0 no findings (preview: success), 1 findings, 2 usage or read error (or a file too large to
analyse: "not analysed: reason" on stderr).`;

export function parseArguments(argv: readonly string[]): Invocation {
  if (argv.includes('-h') || argv.includes('--help')) return { kind: 'help' };
  if (argv.includes('--version')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'usageError', message: 'missing command: check or preview' };
  if (command !== 'check' && command !== 'preview') {
    return { kind: 'usageError', message: `unknown command '${command}' (the commands are 'check' and 'preview')` };
  }

  const paths: string[] = [];
  let format: OutputFormat = 'text';
  let select: string[] | undefined;
  let ignore: string[] | undefined;
  let statistics = false;
  let fix = false;
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i];
    if (argument === '--') {
      paths.push(...rest.slice(i + 1));
      break;
    }
    const codeOption = /^--(select|ignore)(?:=(.*))?$/.exec(argument);
    if (codeOption) {
      const value = codeOption[2] ?? rest[++i];
      const codes = (value ?? '').split(',').map(code => code.trim()).filter(Boolean);
      const bad = codes.filter(code => !isCodePattern(code));
      if (codes.length === 0 || bad.length) {
        return { kind: 'usageError', message: `--${codeOption[1]} takes rule codes or prefixes like LS001,LS00 (got '${value ?? ''}')` };
      }
      if (codeOption[1] === 'select') select = [...(select ?? []), ...codes];
      else ignore = [...(ignore ?? []), ...codes];
      continue;
    }
    if (argument === '--statistics' || argument === '--fix') {
      if (argument === '--fix') fix = true;
      else statistics = true;
      continue;
    }
    const inlineFormat = /^--format=(.*)$/.exec(argument);
    if (argument === '--format' || inlineFormat) {
      const value = inlineFormat ? inlineFormat[1] : rest[++i];
      if (value !== 'text' && value !== 'json' && value !== 'sarif') {
        return { kind: 'usageError', message: `--format takes 'text', 'json' or 'sarif', not ${value === undefined ? 'nothing' : `'${value}'`}` };
      }
      format = value;
    } else if (argument.startsWith('-') && argument !== '-') {
      return { kind: 'usageError', message: `unknown option '${argument}'` };
    } else {
      paths.push(argument);
    }
  }
  if (command === 'preview') {
    if (format === 'sarif') return { kind: 'usageError', message: "preview prints 'text' or 'json', not 'sarif'" };
    if (paths.length !== 1) return { kind: 'usageError', message: `preview takes one FILE, not ${paths.length}` };
    return { kind: 'preview', path: paths[0], format };
  }
  return { kind: 'check', paths: paths.length ? paths : ['.'], format, selection: { select, ignore }, statistics, fix };
}
