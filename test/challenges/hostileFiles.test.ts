// Challenge files written to hurt: huge, deeply nested, not files at all, with prototype-pollution keys, wrong
// types or script in them. Each is a problem that names the file and says what is wrong, in a few words; the
// good challenges beside it still load; nothing throws, hangs or pollutes Object.prototype. Script in a text is
// accepted as text: the panel shows it literally (test/webview proves that nothing in it runs).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadChallenges } from '../../server/src/challenges';
import { MAX_CHALLENGE_FILE_BYTES } from '../../server/src/challenges/load';
import { challengesDirectory } from './shipped';

const GOOD = 'typical-smoothing-factor';
const PREDICT = 'predict-kl-div-batchmean';

describe('challenges: hostile files', function () {
  this.timeout(20_000);
  let folder: string;
  const shipped = (id: string, file = 'challenge.json') => fs.readFileSync(path.join(challengesDirectory, id, file), 'utf8');
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  };
  /** A good challenge, renamed to `id` and changed by `change`. */
  const variant = (id: string, change: (json: Record<string, unknown>) => Record<string, unknown>, from = GOOD) =>
    write(`${id}/challenge.json`, JSON.stringify(change({ ...JSON.parse(shipped(from)), id })));
  /** Loads the folder (the good challenge in it too) and returns its problems as `file: message`. */
  const problems = () => {
    write(`${GOOD}/challenge.json`, shipped(GOOD));
    const loaded = loadChallenges(folder);
    assert.ok(loaded.challenges.some(c => c.id === GOOD), 'the good challenge still loads');
    const all = loaded.problems.map(p => `${p.file}: ${p.message}`);
    for (const problem of all) assert.ok(problem.length < 300, `a problem is a short sentence: ${problem.slice(0, 120)}…`);
    return all;
  };

  beforeEach(() => { folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-challenges-')); });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('refuses a 10 MB file without reading it, and texts or lists too long for the panel inside a small one', () => {
    variant('huge', json => ({ ...json, prompt: 'x'.repeat(10_000_000) }));
    variant('long-text', json => ({ ...json, hints: ['y'.repeat(12_345)], title: 't'.repeat(201) }));
    variant('many-hints', json => ({ ...json, hints: Array.from({ length: 51 }, () => 'a hint') }));
    write('mastery.json', `{"title": "${'m'.repeat(MAX_CHALLENGE_FILE_BYTES)}"}`);
    const found = problems();
    const limit = MAX_CHALLENGE_FILE_BYTES.toLocaleString('en-US');
    assert.ok(found.some(p => p.startsWith('huge/challenge.json: is 10,00') && p.endsWith(` bytes; a challenge file is at most ${limit}`)), found.join('\n'));
    assert.ok(found.includes('long-text/challenge.json: hints[0]: is 12,345 characters long; at most 10,000'), found.join('\n'));
    assert.ok(found.includes('long-text/challenge.json: title: is 201 characters long; at most 200'), found.join('\n'));
    assert.ok(found.includes('many-hints/challenge.json: hints: has 51 items; at most 50'), found.join('\n'));
    assert.ok(found.some(p => p.startsWith('mastery.json: is ') && p.endsWith(` bytes; a challenge file is at most ${limit}`)), found.join('\n'));
  });

  it('quotes at most a few words of a bad value, not all of it', () => {
    variant('script-tag', json => ({ ...json, tags: [`<script>alert(1)</script>${'z'.repeat(9_000)}`] }));
    const [problem] = problems().filter(p => p.startsWith('script-tag/'));
    assert.match(problem, /^script-tag\/challenge\.json: tags\[0\]: must be kebab-case, is "<script>alert\(1\)<\/script>z+…$/);
  });

  it('reports an output nested 20,000 levels deep, and JSON nested as deep where a text belongs, without a stack overflow', () => {
    const deep = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    const predict = JSON.parse(shipped(PREDICT));
    predict.id = 'deep-output';
    predict.options[0].outcome = { output: '@' };
    write('deep-output/challenge.json', JSON.stringify(predict).replace('"@"', deep(20_000)));
    write('deep-output/code.py', shipped(PREDICT, 'code.py'));
    variant('deep-prompt', json => ({ ...json, prompt: '@' }));
    write('deep-prompt/challenge.json', fs.readFileSync(path.join(folder, 'deep-prompt', 'challenge.json'), 'utf8').replace('"@"', deep(20_000)));
    const found = problems();
    assert.ok(found.includes('deep-output/challenge.json: options[0].outcome.output: must be a number or nested arrays of numbers, at most 8 levels deep'), found.join('\n'));
    assert.ok(found.includes('deep-prompt/challenge.json: prompt: must be a non-empty string, is an array'), found.join('\n'));
  });

  it('reports what is not a regular file (a folder, as a pipe would be) instead of blocking on it', () => {
    variant('folder-as-code', json => json, PREDICT);
    fs.mkdirSync(path.join(folder, 'folder-as-code', 'code.py'));
    assert.deepStrictEqual(problems().filter(p => p.startsWith('folder-as-code/')), ['folder-as-code/code.py: is not a regular file']);
  });

  it('reports __proto__ and constructor keys as the unknown fields they are, and pollutes nothing', () => {
    const json = JSON.parse(shipped(GOOD));
    const text = JSON.stringify({ ...json, id: 'pollution' })
      .replace('{', '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ')
      .replace('"options":{"A"', '"options":{"__proto__": "x", "constructor": "y", "A"');
    assert.notStrictEqual(text.indexOf('"options":{"__proto__"'), -1, 'the explanation options were changed');
    write('pollution/challenge.json', text);
    const found = problems().filter(p => p.startsWith('pollution/'));
    assert.ok(found.some(p => /^pollution\/challenge\.json: __proto__: unknown field/.test(p)), found.join('\n'));
    assert.ok(found.some(p => /^pollution\/challenge\.json: constructor: unknown field/.test(p)), found.join('\n'));
    assert.ok(found.includes('pollution/challenge.json: explanation.options: explains options that do not exist: __proto__, constructor'), found.join('\n'));
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
  });

  it('reports wrong types and impossible timers field by field', () => {
    write('wrong-types/challenge.json', JSON.stringify({ ...JSON.parse(shipped(GOOD)), id: 'wrong-types', timeLimitSeconds: -90, attempts: 2.5, hints: 'read the docs', options: {} })
      .replace('"timeLimitSeconds":-90', '"timeLimitSeconds":1e999'));
    variant('string-timer', json => ({ ...json, timeLimitSeconds: '90', title: null, difficulty: ['expert'] }));
    const found = problems();
    for (const expected of [
      'wrong-types/challenge.json: timeLimitSeconds: must be an integer from 10 to 3600, is number Infinity',   // what 1e999 parses to
      'wrong-types/challenge.json: attempts: must be an integer from 1 to 10, is number 2.5',
      'wrong-types/challenge.json: hints: must be an array, is string "read the docs"',
      'wrong-types/challenge.json: options: must be an array, is an object',
      'string-timer/challenge.json: timeLimitSeconds: must be an integer from 10 to 3600, is string "90"',
      'string-timer/challenge.json: title: must be a non-empty string, is null',
      'string-timer/challenge.json: difficulty: must be a non-empty string, is an array',
    ]) assert.ok(found.includes(expected), `${expected} in:\n${found.join('\n')}`);
  });

  it('keeps script in a text as text, and refuses a javascript: reference', () => {
    variant('script-text', json => ({ ...json, prompt: '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))' }));
    variant('script-link', json => ({ ...json, references: [{ title: 'docs', url: 'javascript:alert(1)' }] }));
    write(`${GOOD}/challenge.json`, shipped(GOOD));
    const loaded = loadChallenges(folder);
    assert.strictEqual(loaded.challenges.find(c => c.id === 'script-text')?.prompt, '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))');
    assert.deepStrictEqual(loaded.problems.map(p => `${p.file}: ${p.message}`),
      ['script-link/challenge.json: references[0].url: must be an https:// address, is "javascript:alert(1)"']);
  });
});
