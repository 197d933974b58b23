// The grader and the loader on their own: fix-the-code grading of right, half-right, broken and syntactically
// invalid code; fill-in-blank completions; choice answers; and a challenges folder full of mistakes, which must
// be reported file by file without throwing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  Challenge, ChoiceChallenge, FillInBlankChallenge, FixTheCodeChallenge, completeCode, gradeChoice, gradeFillInBlank, gradeFix, loadChallenges,
} from '../../server/src/challenges';
import { python, testParser } from '../helpers/parser';
import { challengesDirectory, shippedChallenges } from './shipped';

function shipped<T extends Challenge>(id: string): T {
  const challenge = shippedChallenges().challenges.find(c => c.id === id);
  assert.ok(challenge, `the shipped challenge ${id}`);
  return challenge as T;
}

describe('challenges: grading fix-the-code', function () {
  this.timeout(20000);
  const offTarget = () => shipped<FixTheCodeChallenge>('fix-off-target-smoothing');

  it('a correct fix passes: every hidden input matches and the linter is clean', async () => {
    const grade = gradeFix(await testParser(), offTarget(), offTarget().solution);
    assert.ok(grade.passed, grade.summary);
    assert.deepStrictEqual(grade.inputs.map(i => i.status), ['match', 'match', 'match']);
    assert.deepStrictEqual(grade.findings, []);
    assert.match(grade.summary, /^Passed: 3 of 3 hidden inputs match/);
  });

  it('another correct fix, written differently from the solution, passes too', async () => {
    const fix = python`
      import torch


      def smooth_targets(labels, eps, num_classes):
          off = eps / (num_classes - 1)
          one_hot = torch.zeros(labels.size(0), num_classes)
          one_hot.scatter_(1, labels.unsqueeze(1), 1.0)
          return one_hot * (1 - eps - off) + off
    `;
    const grade = gradeFix(await testParser(), offTarget(), fix);
    assert.ok(grade.passed, `${grade.summary}\n${grade.inputs.map(i => i.message).join('\n')}`);
  });

  it('the starter code fails, saying what its rows sum to and what the linter finds', async () => {
    const grade = gradeFix(await testParser(), offTarget(), offTarget().code);
    assert.ok(!grade.passed);
    assert.deepStrictEqual(grade.inputs.map(i => i.status), ['mismatch', 'mismatch', 'mismatch']);
    assert.match(grade.inputs[0].message, /^hidden input 1: 3 of 12 values differ \(largest difference 0\.033333\); row 1 sums to 1\.0333, expected 1$/);
    assert.ok(grade.findings.some(f => f.code === 'LS001'), 'LS001 is reported');
    assert.match(grade.summary, /^Not yet: 0 of 3 hidden inputs match the solution; the linter reports LS001\.$/);
  });

  it('a fix that leaves a bug (the uniform share instead of the off-target one) fails with a useful message', async () => {
    const halfFixed = python`
      import torch


      def smooth_targets(labels, eps, num_classes):
          targets = torch.full((labels.size(0), num_classes), eps / num_classes)
          targets.scatter_(1, labels.unsqueeze(1), 1 - eps)
          return targets
    `;
    const grade = gradeFix(await testParser(), offTarget(), halfFixed);
    assert.ok(!grade.passed);
    assert.match(grade.inputs[0].message, /row 1 sums to 0\.975, expected 1/);
  });

  it('never shows a hidden input in its messages', async () => {
    const grade = gradeFix(await testParser(), offTarget(), offTarget().code);
    const shown = [grade.summary, ...grade.inputs.map(i => i.message)].join('\n');
    for (const call of offTarget().grading.hiddenInputs) assert.ok(!shown.includes(call), call);
    assert.ok(!shown.includes('torch.tensor('));
  });

  it('a wrong shape is told as a shape', async () => {
    const oneHot = shipped<FixTheCodeChallenge>('fix-one-hot-num-classes');
    const grade = gradeFix(await testParser(), oneHot, oneHot.code);
    assert.ok(!grade.passed);
    assert.strictEqual(grade.inputs[0].status, 'match', 'a batch that has the last class works');
    assert.strictEqual(grade.inputs[1].message, 'hidden input 2: returns shape [3, 2], expected [3, 4]');
  });

  it('code that raises reports the exception and the line, without throwing', async () => {
    const raising = python`
      import torch


      def smooth_targets(labels, eps, num_classes):
          targets = torch.full((labels.size(0), num_classes), eps / (num_classes - 1))
          targets.scatter_(1, labels, 1 - eps)
          return targets
    `;
    const grade = gradeFix(await testParser(), offTarget(), raising);
    assert.ok(!grade.passed);
    assert.strictEqual(grade.inputs[0].status, 'error');
    assert.strictEqual(grade.inputs[0].message,
      'hidden input 1: raises RuntimeError at line 6: Index tensor must have the same number of dimensions as self tensor');
  });

  it('a renamed function is reported as such', async () => {
    const renamed = offTarget().solution.replace('def smooth_targets', 'def smooth');
    const grade = gradeFix(await testParser(), offTarget(), renamed);
    assert.ok(!grade.passed);
    assert.strictEqual(grade.inputs[0].message, 'hidden input 1: your code does not define smooth_targets(), which the hidden inputs call');
  });

  it('code the evaluator cannot follow is not passed, and says why', async () => {
    const unmodelled = offTarget().solution.replace('return targets', 'return torch.linalg.matrix_power(targets, 1)');
    const grade = gradeFix(await testParser(), offTarget(), unmodelled);
    assert.ok(!grade.passed);
    assert.strictEqual(grade.inputs[0].status, 'not-evaluated');
    assert.match(grade.inputs[0].message, /^hidden input 1: not checked, .*`torch\.linalg\.matrix_power` is not modelled$/);
    const endless = offTarget().solution.replace('return targets', 'while True:\n        pass\n    return targets');
    const stopped = gradeFix(await testParser(), offTarget(), endless);
    assert.ok(!stopped.passed);
    assert.match(stopped.inputs[0].message, /^hidden input 1: not checked, the evaluator could not follow the call: it takes more than/);
  });

  it('a syntax error gives a clear result instead of throwing', async () => {
    const broken = offTarget().solution.replace('def smooth_targets(labels, eps, num_classes):', 'def smooth_targets(labels, eps, num_classes)');
    const grade = gradeFix(await testParser(), offTarget(), broken);
    assert.ok(!grade.passed);
    assert.strictEqual(grade.syntaxError?.line, 4);
    assert.deepStrictEqual(grade.inputs, []);
    assert.match(grade.summary, /^Not graded: syntax error at line 4/);
  });

  it('unbalanced brackets are a syntax error too', async () => {
    const grade = gradeFix(await testParser(), offTarget(), 'import torch\n\ndef smooth_targets(labels, eps, num_classes):\n    return torch.zeros((2, 3)\n');
    assert.ok(!grade.passed);
    assert.ok(grade.syntaxError, grade.summary);
  });
});

describe('challenges: grading fill-in-blank and choices', function () {
  this.timeout(20000);
  const uniform = () => shipped<FillInBlankChallenge>('fill-uniform-formula');

  it('completes the code with the chosen options, blank by blank', () => {
    const completed = completeCode(uniform(), ['A', 'D']);
    assert.ok(completed.code?.includes('targets = one_hot * (1 - eps) + eps / K\n'), completed.code);
    assert.match(completeCode(uniform(), ['A']).problem ?? '', /one option for each of the 2 blanks/);
    assert.match(completeCode(uniform(), ['D', 'A']).problem ?? '', /"D" is not an option for blank 1/);
  });

  it('the keyed completion is correct, by evaluating it', async () => {
    const grade = gradeFillInBlank(await testParser(), uniform(), ['A', 'D']);
    assert.ok(grade.correct, grade.message);
    assert.match(grade.output.join('\n'), /^tensor\(\[\[0\.9250, 0\.0250/);
  });

  it('a wrong completion is not, and says what it printed instead', async () => {
    const grade = gradeFillInBlank(await testParser(), uniform(), ['A', 'E']);
    assert.ok(!grade.correct);
    assert.match(grade.message, /does not do what was asked: printed number #1 is 0\.93333/);
  });

  it('a completion that raises is wrong, with the error in its output', async () => {
    const scatter = shipped<FillInBlankChallenge>('fill-off-target-fill-scatter');
    const grade = gradeFillInBlank(await testParser(), scatter, ['A', 'E']);
    assert.ok(!grade.correct);
    assert.match(grade.output.join('\n'), /^RuntimeError: Index tensor must have the same number of dimensions/m);
  });

  it('a choice: right, wrong with its explanation, and an unknown option', () => {
    const seed = shipped<ChoiceChallenge>('seed-debug-label-smooth');
    assert.deepStrictEqual(gradeChoice(seed, 'B'), { correct: true, optionExplanation: seed.explanation.options!.B });
    assert.deepStrictEqual(gradeChoice(seed, 'A'), { correct: false, optionExplanation: seed.explanation.options!.A });
    assert.strictEqual(gradeChoice(seed, 'Z').correct, false);
  });
});

describe('challenges: loading a folder with mistakes in it', () => {
  let folder: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  };
  const good = () => JSON.parse(fs.readFileSync(path.join(challengesDirectory, 'typical-smoothing-factor', 'challenge.json'), 'utf8'));

  beforeEach(() => { folder = fs.mkdtempSync(path.join(os.tmpdir(), 'challenges-')); });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('reports each bad file and still loads the good ones', () => {
    write('typical-smoothing-factor/challenge.json', JSON.stringify(good()));
    write('broken-json/challenge.json', '{ "id": "broken-json", ');
    write('no-json/code.py', 'print(1)\n');
    write('wrong-answer/challenge.json', JSON.stringify({ ...good(), id: 'wrong-answer', answer: 'F', difficulty: 'easy', attempts: 0 }));
    write('other-name/challenge.json', JSON.stringify({ ...good(), id: 'not-the-folder', tags: ['Bad Tag'], colour: 'red' }));
    write('predict-without-code/challenge.json', JSON.stringify({ ...good(), id: 'predict-without-code', type: 'predict-output' }));
    write('stray.txt', 'hello');
    write('mastery.json', JSON.stringify({ title: 'T', badge: 'B', tagline: 'L', estimatedMinutes: 20, challengeSet: ['typical-smoothing-factor', 'missing-one'] }));

    let loaded: ReturnType<typeof loadChallenges> | undefined;
    assert.doesNotThrow(() => { loaded = loadChallenges(folder); });
    assert.deepStrictEqual(loaded!.challenges.map(c => c.id), ['typical-smoothing-factor']);
    const problems = loaded!.problems.map(p => `${p.file}: ${p.message}`);
    const expected = [
      /^broken-json\/challenge\.json: not valid JSON: /,
      /^no-json\/challenge\.json: missing: every challenge folder has one$/,
      /^other-name\/challenge\.json: id: must equal the folder name "other-name", is "not-the-folder"$/,
      /^other-name\/challenge\.json: colour: unknown field/,
      /^other-name\/challenge\.json: tags\[0\]: must be kebab-case, is "Bad Tag"$/,
      /^predict-without-code\/code\.py: code\.py: a predict-output challenge needs its code in code\.py$/,
      /^predict-without-code\/challenge\.json: options\[0\]\.outcome: every predict-output option says what the code does$/,
      /^wrong-answer\/challenge\.json: difficulty: must be one of intermediate, advanced, expert, is "easy"$/,
      /^wrong-answer\/challenge\.json: attempts: must be an integer from 1 to 10, is number 0$/,
      /^wrong-answer\/challenge\.json: answer: must be an option id \(A–H\), is "F"$|^wrong-answer\/challenge\.json: answer: "F" is not one of the options$/,
      /^stray\.txt: unexpected file/,
      /^mastery\.json: challengeSet\[1\]: no challenge has the id "missing-one"$/,
    ];
    for (const pattern of expected) assert.ok(problems.some(p => pattern.test(p)), `${pattern} in:\n${problems.join('\n')}`);
    assert.strictEqual(loaded!.mastery, undefined);
  });

  it('reports fill-in-blank and fix-the-code mistakes', () => {
    const base = good();
    delete base.answer;
    delete base.options;
    delete base.explanation.options;
    write('blanks/challenge.json', JSON.stringify({
      ...base, id: 'blanks', type: 'fill-in-blank', answer: ['A', 'A'], expected: { output: [1] },
      options: [{ id: 'A', text: 'a', code: 'x', blank: 1 }, { id: 'B', text: 'b', code: 'y\nz', blank: 3 }],
      explanation: { why: 'w', options: { A: 'a', B: 'b' } },
    }));
    write('blanks/code.py', 'x = ___1___\ny = ___2___\n');
    write('fix/challenge.json', JSON.stringify({ ...base, id: 'fix', type: 'fix-the-code', grading: { function: 'f', hiddenInputs: ['g(1)'] } }));
    write('fix/code.py', 'def f(x):\n    return x\n');
    const problems = loadChallenges(folder).problems.map(p => `${p.file}: ${p.message}`);
    const expected = [
      /^blanks\/challenge\.json: options\[1\]\.code: must be one line/,
      /^blanks\/challenge\.json: options\[1\]\.blank: code\.py has no blank ___3___$/,
      /^blanks\/challenge\.json: options: blank 1 needs at least 2 options, has 1$/,
      /^blanks\/challenge\.json: answer\[1\]: option A belongs to blank 1, not 2$/,
      /^fix\/solution\.py: solution\.py: a fix-the-code challenge needs its reference solution in solution\.py$/,
      /^fix\/challenge\.json: grading\.hiddenInputs: none of them calls f$/,
    ];
    for (const pattern of expected) assert.ok(problems.some(p => pattern.test(p)), `${pattern} in:\n${problems.join('\n')}`);
  });

  it('a folder that does not exist is a problem, not an exception', () => {
    const loaded = loadChallenges(path.join(folder, 'nowhere'));
    assert.deepStrictEqual(loaded.challenges, []);
    assert.match(loaded.problems[0].message, /^cannot read the challenges folder/);
  });
});
