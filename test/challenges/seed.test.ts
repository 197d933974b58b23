// The seed's five practice problems, held to the practice page they come from (shared/seed/000_…txt): their
// texts, options, types, difficulties, time limits and attempts are copied here literally, so the test needs no
// file outside the clone; when the page is there (beside the clone, as on the workplace and in CI), a second
// test checks that these literal strings are really on it. The keys are those the issue gives; real PyTorch
// confirms the two that depend on code in pytorch.test.ts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Challenge, ChoiceChallenge } from '../../server/src/challenges';
import { repositoryRoot } from '../helpers/parser';
import { shippedChallenges } from './shipped';

interface SeedProblem {
  /** The label the page shows for the type. */
  label: string;
  type: Challenge['type'];
  difficulty: Challenge['difficulty'];
  /** As the page shows it, m:ss. */
  time: string;
  title: string;
  prompt: string;
  code?: string;
  options: [string, string, string, string];
  hint: string;
  answer: string;
}

const PREDICT_CODE = `import torch

def smooth_labels(labels, smoothing=0.1, num_classes=4):
    with torch.no_grad():
        smooth_value = smoothing / num_classes
        one_hot = torch.zeros(labels.size(0), num_classes)
        one_hot.scatter_(1, labels.unsqueeze(1), 1.0)
        return one_hot * (1 - smoothing) + smooth_value

labels = torch.tensor([0, 2, 3])
smoothed = smooth_labels(labels)
print(smoothed)`;

const DEBUG_CODE = `import torch

def label_smooth(targets, smoothing=0.1, num_classes=5):
    smooth_val = smoothing / num_classes
    one_hot = torch.zeros(targets.size(0), num_classes)
    one_hot.scatter_(1, targets.unsqueeze(1), 1.0)
    return one_hot * (1 - smoothing) + smooth_val

targets = torch.tensor([1, 3, 4])
smoothed = label_smooth(targets)
print(smoothed)`;

const SEED: SeedProblem[] = [
  {
    label: '🧠 Conceptual', type: 'conceptual', difficulty: 'intermediate', time: '1:30',
    title: 'What is the main purpose of label smoothing in classification?',
    prompt: 'Label smoothing is a technique used during training classification models. What is its main purpose?',
    options: [
      'To reduce overconfidence of the model by softening the target labels',
      'To increase the learning rate dynamically during training',
      'To add noise to the input data for better generalization',
      'To convert multi-class problems into multiple binary problems',
    ],
    hint: 'Think about how label smoothing changes the target labels.',
    answer: 'A',
  },
  {
    label: 'Predict Output', type: 'predict-output', difficulty: 'intermediate', time: '2:00',
    title: 'What is the output tensor after applying label smoothing?',
    prompt: 'Given the following PyTorch code applying label smoothing to a batch of 3 samples with 4 classes, what is the smoothed target tensor?',
    code: PREDICT_CODE,
    options: [
      '[[1, 0, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]',
      '[[0.9, 0.1, 0.1, 0.1], [0.1, 0.1, 0.9, 0.1], [0.1, 0.1, 0.1, 0.9]]',
      '[[0.925, 0.025, 0.025, 0.025], [0.025, 0.025, 0.925, 0.025], [0.025, 0.025, 0.025, 0.925]]',
      '[[0.9, 0.0333, 0.0333, 0.0333], [0.0333, 0.0333, 0.9, 0.0333], [0.0333, 0.0333, 0.0333, 0.9]]',
    ],
    hint: 'Calculate smoothing value as smoothing/num_classes and add it to all classes after scaling the one-hot by (1-smoothing).',
    answer: 'C',
  },
  {
    label: 'Hyperparameter', type: 'hyperparameter', difficulty: 'advanced', time: '1:30',
    title: 'Choosing the label smoothing factor',
    prompt: 'Which label smoothing factor is most likely to cause the model to underfit?',
    options: ['0.5', '0.05', '0.0 (no smoothing)', '0.1'],
    hint: 'Think about what happens if the smoothing factor is very large.',
    answer: 'A',
  },
  {
    label: 'Metrics', type: 'metrics', difficulty: 'advanced', time: '1:30',
    title: 'Effect of label smoothing on training loss',
    prompt: 'When using label smoothing during training, how does the training loss typically behave compared to training without label smoothing?',
    options: [
      'Training loss fluctuates randomly and unpredictably',
      'Training loss is lower because the model fits the smoothed labels better',
      'Training loss is the same because label smoothing does not affect loss values',
      'Training loss is higher because the model is penalized for being too confident',
    ],
    hint: 'Consider how smoothing changes the target labels and model confidence.',
    answer: 'D',
  },
  {
    label: '🔧 Debug', type: 'debug', difficulty: 'expert', time: '2:00',
    title: 'Identify the error in this label smoothing implementation',
    prompt: 'What error will this PyTorch code raise when applying label smoothing?',
    code: DEBUG_CODE,
    options: [
      'RuntimeError due to scatter_ index out of range',
      'No error, outputs smoothed labels correctly',
      'TypeError because smoothing is divided by num_classes instead of num_classes - 1',
      'ValueError because targets tensor shape is incompatible',
    ],
    hint: 'Check the smoothing value calculation and scatter_ usage carefully.',
    answer: 'B',
  },
];

const HEADER = {
  title: 'Label Smoothing Mastery',
  badge: 'Get all challenges correct to earn this badge!',
  tagline: 'Test your skills under time pressure!',
  minutes: 20,
};

function seconds(time: string): number {
  const [minutes, secs] = time.split(':').map(Number);
  return minutes * 60 + secs;
}

/** The practice page, where the workplace (or CI, beside the clone) has it. */
/**
 * The practice page the product grew from, as a fixture in the repository (a copy of shared/seed/…), so the
 * check below runs on every machine. Where the shared original is present, the copy must still equal it.
 */
function seedPage(): string {
  const copy = fs.readFileSync(path.join(repositoryRoot, 'test', 'challenges', 'fixtures', 'seed-practice-page.txt'), 'utf8');
  const original = path.join(repositoryRoot, '..', 'shared', 'seed', '000_99be723c4c6396b0.txt');
  if (fs.existsSync(original)) assert.strictEqual(copy, fs.readFileSync(original, 'utf8'), 'the fixture is a faithful copy of the seed page');
  return copy;
}

describe('challenges: the seed\'s five problems are faithful to the practice page', () => {
  const seeds = () => shippedChallenges().challenges.filter(c => c.seed !== undefined).sort((a, b) => a.seed! - b.seed!) as ChoiceChallenge[];

  it('there are five, numbered 1–5 in the page\'s order', () => {
    assert.deepStrictEqual(seeds().map(c => c.seed), [1, 2, 3, 4, 5]);
  });

  SEED.forEach((problem, i) => {
    it(`problem ${i + 1} (${problem.label}): text, options, type, difficulty, time limit, attempts, hint, answer`, () => {
      const challenge = seeds()[i];
      assert.ok(challenge, `seed problem ${i + 1} is missing`);
      assert.strictEqual(challenge.type, problem.type);
      assert.strictEqual(challenge.difficulty, problem.difficulty);
      assert.strictEqual(challenge.timeLimitSeconds, seconds(problem.time));
      assert.strictEqual(challenge.attempts, 2);
      assert.strictEqual(challenge.title, problem.title);
      assert.strictEqual(challenge.prompt, problem.prompt);
      assert.strictEqual(challenge.code?.trimEnd(), problem.code);
      assert.deepStrictEqual(challenge.options.map(o => [o.id, o.text]), problem.options.map((text, j) => [String.fromCharCode(65 + j), text]));
      assert.strictEqual(challenge.hints[0], problem.hint);
      assert.strictEqual(challenge.answer, problem.answer);
      for (const option of challenge.options) assert.ok(challenge.explanation.options?.[option.id], `option ${option.id} is explained`);
    });
  });

  it('the header: the badge, about 20 minutes, under time pressure, and the five as its challenge set', () => {
    const { mastery } = shippedChallenges();
    assert.deepStrictEqual(
      mastery && [mastery.title, mastery.badge, mastery.tagline, mastery.estimatedMinutes],
      [HEADER.title, HEADER.badge, HEADER.tagline, HEADER.minutes]);
    assert.deepStrictEqual(mastery?.challengeSet, seeds().map(c => c.id));
  });

  it('the literal strings above are on the practice page', () => {
    const page = seedPage();
    const missing = [
      HEADER.title, HEADER.badge, HEADER.tagline, `~${HEADER.minutes} mins`,
      ...SEED.flatMap(problem => [
        `${problem.label}\n${problem.difficulty}\n${problem.time}remaining\n${problem.title}\n${problem.prompt}\n`,
        ...(problem.code ? [`PyTorch\n${problem.code}\n`] : []),
        problem.options.map((text, j) => `${String.fromCharCode(65 + j)}${text}`).join('\n'),
        `Attempts:\n2 left\n💡 Hint\n${problem.hint}`,
      ]),
    ].filter(text => !page.includes(text));
    assert.deepStrictEqual(missing, []);
  });
});
