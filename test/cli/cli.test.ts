import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repositoryRoot, testParser } from '../helpers/parser';
import { IncrementalFile } from '../../server/src/incremental/incrementalFile';
import { trainingModule } from '../../bench/trainingModule';
import { cellsOf } from '../helpers/notebookCells';

const cli = path.join(repositoryRoot, 'dist', 'cli.js');
const examples = path.join(repositoryRoot, 'examples');

function run(args: string[], cwd = repositoryRoot) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function temporaryDirectory(files: Record<string, string>): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'lsl-cli-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    fs.writeFileSync(path.join(directory, name), text);
  }
  return directory;
}

describe('label-smoothing-lint check (dist/cli.js)', function () {
  this.timeout(30000);   // each case runs the command line several times, a few hundred ms each
  it('reports exactly the findings of examples/ as JSON, and nothing on the correct files', () => {
    const { code, stdout } = run(['check', '--format', 'json', 'examples/']);
    assert.strictEqual(code, 1);
    const findings = JSON.parse(stdout);
    assert.deepStrictEqual(findings.map((f: { path: string; cell?: number; line: number; column: number; code: string }) =>
      [f.path, f.cell, f.line, f.column, f.code]), [
      ['examples/mixed_conventions.py', undefined, 12, 1, 'LS001'],
      ['examples/out_of_range.py', undefined, 9, 49, 'LS004'],
      ['examples/out_of_range.py', undefined, 12, 56, 'LS004'],
      ['examples/training.ipynb', 3, 3, 49, 'LS004'],
    ]);
    assert.match(findings[0].message, /^`targets` holds target rows that sum to 1\.03333, not 1: .*ε\/\(K−1\) with ε = 0\.1, K = 4/);
    const first = findings[1];
    assert.deepStrictEqual(Object.keys(first).sort(),
      ['code', 'column', 'endColumn', 'endLine', 'line', 'message', 'path', 'rule', 'severity'].sort());
    assert.strictEqual(first.code, 'LS004');
    assert.strictEqual(first.rule, 'label-smoothing-out-of-range');
    assert.strictEqual(first.severity, 'error');
    assert.strictEqual(first.endColumn, 52);
    assert.match(first.message, /^label_smoothing=1\.5 is outside \[0, 1\]/);
  });

  it('prints path:line:col: CODE message in text, with the cell for notebooks, and a summary', () => {
    const { code, stdout } = run(['check'], examples);
    assert.strictEqual(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.match(lines[0], /^mixed_conventions\.py:12:1: LS001 `targets` holds target rows that sum to 1\.03333/);
    assert.match(lines[1], /^out_of_range\.py:9:49: LS004 label_smoothing=1\.5 is outside \[0, 1\]/);
    assert.match(lines[3], /^training\.ipynb:cell 3:3:49: LS004 label_smoothing=1\.2/);
    assert.strictEqual(lines[4], 'Found 4 problems in 6 files.');
  });

  it('analyses a long torch file to its end, as the editor does: a bug repeated far down is reported every time', async () => {
    // One evaluation of the whole file runs out of its budget a few hundred lines in (it found 5 of these 34).
    const text = trainingModule(1000);
    const { stdout } = run(['check', '--format', 'json', 'train.py'], temporaryDirectory({ 'train.py': text }));
    const findings: { line: number; code: string; message: string }[] = JSON.parse(stdout);
    const editor = new IncrementalFile(await testParser(), text).lint()!.findings;
    assert.deepStrictEqual(findings.map(f => `${f.line} ${f.code} ${f.message}`), editor.map(f => `${f.range.start.line + 1} ${f.code} ${f.message}`));
    // The module repeats `mixed_bug_N` (ε/K off the true class, ε/(K−1) on it): each one is reported, the last too.
    const mixed = findings.filter(f => /^`mixed_bug_\d+` returns target rows that sum to 1\.03333/.test(f.message));
    assert.strictEqual(mixed.length, text.match(/^def mixed_bug_/gm)!.length);
  });

  it('analyses a long notebook to its end, as the editor does, each finding in its cell', async () => {
    // The same module cut into cells of a few statements: as one program, its evaluation ran out a few hundred
    // lines in; slice by slice, the last cell's bug is reported like the first's.
    const text = trainingModule(1000);
    const cells = await cellsOf(text, 3);
    const notebook = JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: cells.map(cell => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: cell.split(/(?<=\n)/) })) });
    const directory = temporaryDirectory({ 'train.ipynb': notebook, 'train.py': text });
    const inNotebook: { cell: number; line: number; code: string; message: string }[] = JSON.parse(run(['check', '--format', 'json', 'train.ipynb'], directory).stdout);
    const inFile: { line: number; code: string; message: string }[] = JSON.parse(run(['check', '--format', 'json', 'train.py'], directory).stdout);
    const firstLines = cells.map((_, i) => cells.slice(0, i).join('').split('\n').length);
    assert.deepStrictEqual(inNotebook.map(f => `${firstLines[f.cell - 1] + f.line - 1} ${f.code} ${f.message}`), inFile.map(f => `${f.line} ${f.code} ${f.message}`));
    const mixed = inNotebook.filter(f => /^`mixed_bug_\d+` returns target rows that sum to 1\.03333/.test(f.message));
    assert.strictEqual(mixed.length, text.match(/^def mixed_bug_/gm)!.length);
  });

  it('analyses every function of a file that defines more than one evaluation calls with example inputs', () => {
    // 410 small functions, each with the ε/K-vs-ε/(K−1) bug: one evaluation calls at most 400 functions with
    // example inputs (if the clock lets it), so the file is analysed slice by slice.
    const count = 410;
    const text = 'import torch\nimport torch.nn.functional as F\n\n' + Array.from({ length: count }, (_, i) =>
      `def smooth_${i}(labels, K=4, eps=0.1):\n    return F.one_hot(labels, num_classes=K).float() * (1 - eps) + eps / (K - 1)\n\n`).join('\n');
    const directory = temporaryDirectory({ 'many.py': text });
    const findings: { message: string }[] = JSON.parse(run(['check', '--format', 'json', 'many.py'], directory).stdout);
    const flagged = new Set(findings.flatMap(f => /^`(smooth_\d+)` returns target rows/.exec(f.message)?.[1] ?? []));
    assert.strictEqual(flagged.size, count, `not flagged: ${Array.from({ length: count }, (_, i) => `smooth_${i}`).filter(name => !flagged.has(name)).join(', ')}`);
    const previews: { expression: string }[] = JSON.parse(run(['preview', '--format', 'json', 'many.py'], directory).stdout);
    assert.ok(previews.some(p => p.expression === `smooth_${count - 1}(…)`), 'the last function is previewed');
  });

  it('previews a long torch file to its end: the functions further down too, where they are', () => {
    const text = trainingModule(1000);
    const { code, stdout } = run(['preview', '--format', 'json', 'train.py'], temporaryDirectory({ 'train.py': text }));
    assert.strictEqual(code, 0);
    const previews: { line: number; column: number; expression: string }[] = JSON.parse(stdout);
    const lines = text.split('\n');
    const defined = lines.flatMap((line, n) => /^def (mixed_bug_\d+)/.test(line) ? [{ line: n + 1, column: 5, expression: `${/^def (\w+)/.exec(line)![1]}(…)` }] : []);
    assert.ok(defined.length > 10);
    for (const expected of defined) {
      assert.deepStrictEqual(previews.find(p => p.expression === expected.expression), { ...previews.find(p => p.expression === expected.expression), ...expected },
        `${expected.expression} is previewed at ${expected.line}:${expected.column}`);
    }
    const order = previews.map(p => p.line * 1000 + p.column);
    assert.deepStrictEqual(order, [...order].sort((a, b) => a - b), 'in file order');
  });

  it('exits 0 with no findings on correct code', () => {
    const { code, stdout } = run(['check', 'examples/conventions.py', 'examples/seed_smooth_labels.py', 'examples/seed_label_smooth.py']);
    assert.strictEqual(code, 0);
    assert.strictEqual(stdout, 'No problems found in 3 files.\n');
    assert.strictEqual(run(['check', '--format=json', 'examples/conventions.py']).stdout, '[]\n');
  });

  it('counts columns in characters, not UTF-16 units', () => {
    const directory = temporaryDirectory({ 'u.py': 'import torch.nn as nn\nc = ("😀", nn.CrossEntropyLoss(label_smoothing=2))\n' });
    const [finding] = JSON.parse(run(['check', '--format', 'json', 'u.py'], directory).stdout);
    // 46 characters precede the value (the emoji is one character, two UTF-16 units): column 47.
    assert.strictEqual(finding.column, 47);
  });

  it('exits 2 with a message on stderr for usage errors', () => {
    for (const args of [[], ['lint'], ['check', '--format', 'xml'], ['check', '--fast']]) {
      const { code, stderr } = run(args);
      assert.strictEqual(code, 2, args.join(' '));
      assert.match(stderr, /^label-smoothing-lint: .+\n\nUsage: label-smoothing-lint check/);
    }
  });

  it('exits 2 on unreadable input but still reports the files it could read', () => {
    const directory = temporaryDirectory({
      'broken.ipynb': '{"cells": [',
      'bad.py': 'import torch.nn as nn\nnn.CrossEntropyLoss(label_smoothing=7)\n',
    });
    const { code, stdout, stderr } = run(['check', '--format', 'json', '.', 'missing.py'], directory);
    assert.strictEqual(code, 2);
    assert.match(stderr, /missing\.py: no such file or directory/);
    assert.match(stderr, /broken\.ipynb: not valid JSON/);
    assert.deepStrictEqual(JSON.parse(stdout).map((f: { path: string }) => f.path), ['bad.py']);
  });

  it('checks, fixes and previews a notebook with no code cell: nothing to report, and the file is untouched', () => {
    const notebook = JSON.stringify({ cells: [{ cell_type: 'markdown', metadata: {}, source: ['# Notes\n', 'label_smoothing=1.2 is only prose'] }], metadata: {}, nbformat: 4, nbformat_minor: 5 });
    const directory = temporaryDirectory({ 'notes.ipynb': notebook });
    for (const args of [['check', 'notes.ipynb'], ['check', '--fix', 'notes.ipynb'], ['preview', 'notes.ipynb']]) {
      const { code, stdout, stderr } = run(args, directory);
      assert.strictEqual(stderr, '', args.join(' '));
      assert.strictEqual(code, 0, args.join(' '));
      assert.doesNotMatch(stdout, /notes\.ipynb:/, args.join(' '));
    }
    assert.strictEqual(fs.readFileSync(path.join(directory, 'notes.ipynb'), 'utf8'), notebook);
  });

  it('skips hidden folders, virtual environments and node_modules when walking a directory', () => {
    const bad = 'import torch.nn as nn\nnn.CrossEntropyLoss(label_smoothing=7)\n';
    const directory = temporaryDirectory({ '.git/x.py': bad, 'node_modules/y.py': bad, 'venv/z.py': bad, 'src/a.py': bad });
    assert.deepStrictEqual(JSON.parse(run(['check', '--format', 'json'], directory).stdout).map((f: { path: string }) => f.path),
      [path.join('src', 'a.py')]);
  });

  it('preview prints every tensor preview of a file, exactly as PyTorch prints the tensors', () => {
    const { code, stdout } = run(['preview', '--format', 'json', 'examples/seed_smooth_labels.py']);
    assert.strictEqual(code, 0);
    const previews = JSON.parse(stdout);
    const smoothed = previews.find((p: { expression: string }) => p.expression === 'smoothed');
    // PyTorch's print of the seed's targets (shared/LABEL-SMOOTHING.md, checked with real PyTorch).
    assert.strictEqual(smoothed.printed,
      'tensor([[0.9250, 0.0250, 0.0250, 0.0250],\n        [0.0250, 0.0250, 0.9250, 0.0250],\n        [0.0250, 0.0250, 0.0250, 0.9250]])');
    assert.deepStrictEqual([smoothed.line, smoothed.column, smoothed.dtype, smoothed.shape], [11, 1, 'float32', [3, 4]]);
    assert.strictEqual(smoothed.values.length, 12);
    assert.ok(smoothed.rowSums.every((sum: number) => Math.abs(sum - 1) < 1e-6));
    assert.match(smoothed.convention, /^uniform ε\/K, ε = 0\.1/);
    for (const key of ['line', 'column', 'expression', 'printed', 'values', 'shape', 'dtype', 'rowSums', 'convention']) {
      assert.ok(previews.every((p: object) => key in p), `every item has ${key}`);
    }
  });

  it('preview as text, in notebooks with the cell, and usage errors', () => {
    const { code, stdout } = run(['preview', 'examples/seed_smooth_labels.py']);
    assert.strictEqual(code, 0);
    assert.match(stdout, /^examples\/seed_smooth_labels\.py:11:1: smoothed \(float32, shape \(3, 4\); uniform ε\/K, ε = 0\.1/m);
    assert.match(run(['preview', 'examples/training.ipynb']).stdout, /^examples\/training\.ipynb:cell 3:2:1: labels \(int64, shape \(3\)\)\ntensor\(\[0, 2, 3\]\)$/m);
    assert.strictEqual(run(['preview', 'a.py', 'b.py']).code, 2);
    assert.match(run(['preview', 'missing.py']).stderr, /missing\.py: no such file or directory/);
  });

  it('finds nothing in the Python standard library (a false-positive guard)', function () {
    this.timeout(60000);
    const stdlib = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).stdout.trim();
    const files = fs.readdirSync(stdlib).filter(name => name.endsWith('.py')).map(name => path.join(stdlib, name));
    assert.ok(files.length > 100, `the standard library was found at ${stdlib}`);
    const { code, stdout, stderr } = run(['check', '--format', 'json', ...files]);
    assert.deepStrictEqual(JSON.parse(stdout), [], stderr);
    assert.strictEqual(code, 0, stderr);
  });

  it('--select and --ignore keep or drop rules by code or prefix; --statistics counts findings per rule', () => {
    const codes = (args: string[]) => JSON.parse(run(['check', '--format', 'json', 'examples/', ...args]).stdout).map((f: { code: string }) => f.code);
    assert.deepStrictEqual(codes(['--select', 'LS004']), ['LS004', 'LS004', 'LS004']);
    assert.deepStrictEqual(codes(['--select=LS00', '--ignore', 'LS004']), ['LS001']);
    assert.deepStrictEqual(codes(['--ignore', 'ALL']), []);
    assert.strictEqual(run(['check', 'examples/', '--ignore', 'LS0']).code, 0);
    assert.strictEqual(run(['check', 'examples/', '--statistics']).stdout, '3\tLS004\tlabel-smoothing-out-of-range\n1\tLS001\ttarget-rows-not-normalized\n');
    const bad = run(['check', 'examples/', '--select', 'E501']);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /--select takes rule codes or prefixes/);
  });

  it('reads [tool.label-smoothing-lab] from the nearest pyproject.toml; --select wins, --ignore adds', () => {
    const bad = 'import torch.nn as nn\nimport torch.nn.functional as F\na = nn.CrossEntropyLoss(label_smoothing=2)\nb = F.one_hot(y)\n';
    const directory = temporaryDirectory({
      'pyproject.toml': '[project]\nname = "x"\n\n[tool.label-smoothing-lab]\nignore = ["LS004"]\nfix = true\n',
      'train.py': bad,
    });
    const codes = (args: string[]) => {
      const result = run(['check', '--format', 'json', 'train.py', ...args], directory);
      return { codes: JSON.parse(result.stdout).map((f: { code: string }) => f.code), stderr: result.stderr };
    };
    const plain = codes([]);
    assert.deepStrictEqual(plain.codes, ['LS009']);
    assert.match(plain.stderr, /warning: .*pyproject\.toml:6: \[tool\.label-smoothing-lab\] knows select and ignore, not "fix"/);
    assert.deepStrictEqual(codes(['--ignore', 'LS009']).codes, []);
    assert.deepStrictEqual(codes(['--select', 'LS004']).codes, []);   // the file still ignores LS004
  });

  it('--format sarif writes SARIF 2.1.0 with every rule (help from its docs page) and each finding', () => {
    const { code, stdout } = run(['check', '--format', 'sarif', 'examples/']);
    assert.strictEqual(code, 1);
    const sarif = JSON.parse(stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    const [sarifRun] = sarif.runs;
    const rules = sarifRun.tool.driver.rules;
    assert.strictEqual(sarifRun.tool.driver.name, 'label-smoothing-lint');
    assert.ok(rules.every((rule: { id: string; shortDescription: { text: string }; help: { text: string } }) =>
      /^LS\d{3}$/.test(rule.id) && rule.shortDescription.text && /## Why is this bad\?/.test(rule.help.text)), 'every rule has its docs page as help');
    const notebook = sarifRun.results.find((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      r.locations[0].physicalLocation.artifactLocation.uri === 'examples/training.ipynb');
    assert.deepStrictEqual([notebook.ruleId, notebook.level, notebook.properties.cell, notebook.locations[0].physicalLocation.region.startLine], ['LS004', 'error', 3, 3]);
    assert.strictEqual(rules[notebook.ruleIndex].id, 'LS004');
    assert.strictEqual(sarifRun.results.length, 4);
  });

  it('--fix applies the safe fixes, says so on stderr, leaves unsafe ones, and reports what remains', () => {
    const python = 'import torch\nimport torch.nn.functional as F\nlp = torch.log(F.softmax(x, dim=-1))\nl = F.kl_div(a, b)\n';
    const notebook = fs.readFileSync(path.join(examples, 'training.ipynb'), 'utf8');
    const directory = temporaryDirectory({ 't.py': python, 'n.ipynb': notebook });
    const { code, stdout, stderr } = run(['check', '--fix', '--format', 'json', '.'], directory);
    assert.strictEqual(fs.readFileSync(path.join(directory, 't.py'), 'utf8'), python.replace('torch.log(F.softmax(x, dim=-1))', 'F.log_softmax(x, dim=-1)'));
    assert.strictEqual(fs.readFileSync(path.join(directory, 'n.ipynb'), 'utf8'), notebook, 'a notebook with nothing safe to fix is untouched');
    assert.match(stderr, /^Fixed 1 problem \(LS017\) in t\.py$/m);
    assert.deepStrictEqual(JSON.parse(stdout).map((f: { code: string }) => f.code), ['LS004', 'LS007']);
    assert.strictEqual(code, 1);
  });

  it('--fix fixes notebook cells in place and leaves every other byte of the notebook as it was', () => {
    const cell = (type: string, source: string[], extra = '') =>
      `  {\n   "cell_type": "${type}",\n   "metadata": {},\n${extra}   "source": [\n${source.map(line => `    ${JSON.stringify(line)}`).join(',\n')}\n   ]\n  }`;
    const outputs = '   "execution_count": 3,\n   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["caf\\u00e9 \u00e9t\u00e9\\n"]}],\n';
    const fixable = ['import torch\n', 'import torch.nn.functional as F\n', 'x = torch.tensor([[1.0, 2.0]])\n', 'lp = torch.log(F.softmax(x, dim=-1))  # é'];
    const notebook = `{\n "cells": [\n${[
      cell('markdown', ['# Notes\n', 'torch.log(F.softmax(x)) in prose is not code']),
      cell('code', fixable, outputs),
      cell('code', ['y = torch.log(F.softmax(x, dim=1))\n', 'z = 1'], '   "execution_count": null,\n   "outputs": [],\n'),
    ].join(',\n')}\n ],\n "metadata": {"kernelspec": {"language": "python", "name": "python3"}},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`;
    JSON.parse(notebook);
    const directory = temporaryDirectory({ 'n.ipynb': notebook });
    const { code, stdout, stderr } = run(['check', '--fix', 'n.ipynb'], directory);
    const fixed = fs.readFileSync(path.join(directory, 'n.ipynb'), 'utf8');
    const expected = notebook
      .replace('"lp = torch.log(F.softmax(x, dim=-1))  # é"', '"lp = F.log_softmax(x, dim=-1)  # é"')
      .replace('"y = torch.log(F.softmax(x, dim=1))\\n"', '"y = F.log_softmax(x, dim=1)\\n"');
    assert.notStrictEqual(expected, notebook);
    assert.strictEqual(fixed, expected);
    assert.match(stderr, /^Fixed 2 problems \(LS017 ×2\) in n\.ipynb$/m);
    assert.strictEqual(stdout, 'No problems found in 1 file.\n');
    assert.strictEqual(code, 0);
  });

  it('answers --help and --version', () => {
    assert.match(run(['--help']).stdout, /Exit status: 0 no findings \(preview: success\), 1 findings, 2 usage or read error/);
    const { version } = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8'));
    assert.strictEqual(run(['--version']).stdout, `label-smoothing-lint ${version}\n`);
  });
});
