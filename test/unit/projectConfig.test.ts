import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseProjectConfig, ProjectConfigs } from '../../server/src/rules/projectConfig';

describe('[tool.label-smoothing-lab] in pyproject.toml', () => {
  it('reads select and ignore, in one line or several, and nothing from other tables', () => {
    const { selection, problems } = parseProjectConfig([
      '[tool.ruff]', 'select = ["E"]', '',
      '[tool.label-smoothing-lab]', 'select = ["LS00", \'LS016\']  # the ones we want',
      'ignore = [', '  "LS005",', '  "LS009",', ']', '[tool.other]', 'ignore = ["X"]',
    ].join('\n'));
    assert.deepStrictEqual(selection, { select: ['LS00', 'LS016'], ignore: ['LS005', 'LS009'] });
    assert.deepStrictEqual(problems, []);
  });

  it('reports what it cannot read, with the line, and keeps the defaults', () => {
    const { selection, problems } = parseProjectConfig('[tool.label-smoothing-lab]\nselect = "LS001"\nignore = ["E501"]\nfix = true\n');
    assert.deepStrictEqual(selection, {});
    assert.deepStrictEqual(problems.map(p => p.replace(/^pyproject\.toml:(\d+): .*$/, 'line $1')), ['line 2', 'line 3', 'line 4']);
  });

  it('is looked up from a file\'s folder upwards, the nearest pyproject.toml winning', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lsl-config-'));
    fs.mkdirSync(path.join(root, 'pkg', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(root, 'pyproject.toml'), '[tool.label-smoothing-lab]\nignore = ["LS015"]\n');
    fs.writeFileSync(path.join(root, 'pkg', 'pyproject.toml'), '[project]\nname = "pkg"\n');
    const configs = new ProjectConfigs();
    assert.deepStrictEqual(configs.forFile(path.join(root, 'a.py')).selection, { ignore: ['LS015'] });
    assert.deepStrictEqual(configs.forFile(path.join(root, 'pkg', 'sub', 'b.py')).selection, {});
  });
});
