// The shipped challenges as data: each folder loads without a problem and validates against
// challenges/schema.json (checked by ajv, an independent JSON Schema validator, so the schema editors use and
// the loader's own checks cannot drift apart unnoticed), and the collection covers what issue 5 asks for.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import { CHALLENGE_TYPES, DIFFICULTIES } from '../../server/src/challenges';
import { flatten } from '../../server/src/challenges/outcome';
import { challengesDirectory, shippedChallenges } from './shipped';
import { rules } from '../../server/src/rules/catalog';

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const schema = readJson(path.join(challengesDirectory, 'schema.json')) as object;

function schemaValidators() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addSchema(schema, 'challenge');
  return { challenge: ajv.getSchema('challenge')!, mastery: ajv.compile({ $ref: 'challenge#/$defs/mastery' }) };
}

const folders = fs.readdirSync(challengesDirectory, { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name).sort();

describe('challenges: the content', () => {
  const validators = schemaValidators();

  it('every file loads without a problem', () => {
    assert.deepStrictEqual(shippedChallenges().problems.map(p => `${p.file}: ${p.message}`), []);
    assert.strictEqual(shippedChallenges().challenges.length, folders.length);
  });

  for (const folder of folders) {
    it(`${folder}/challenge.json validates against schema.json`, () => {
      const valid = validators.challenge(readJson(path.join(challengesDirectory, folder, 'challenge.json')));
      assert.ok(valid, JSON.stringify(validators.challenge.errors, null, 2));
    });
  }

  it('mastery.json validates against schema.json and names the seed\'s five problems in order', () => {
    const json = readJson(path.join(challengesDirectory, 'mastery.json'));
    assert.ok(validators.mastery(json), JSON.stringify(validators.mastery.errors, null, 2));
    const { mastery, challenges } = shippedChallenges();
    const seeds = challenges.filter(c => c.seed !== undefined).sort((a, b) => a.seed! - b.seed!).map(c => c.id);
    assert.deepStrictEqual(mastery?.challengeSet, seeds);
    assert.deepStrictEqual(seeds.length, 5);
  });

  it('ids are unique kebab-case folder names', () => {
    const ids = shippedChallenges().challenges.map(c => c.id);
    assert.deepStrictEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
    assert.deepStrictEqual([...ids].sort(), folders);
  });

  it('has at least 45 challenges, every type and every difficulty, every type at each difficulty it needs', () => {
    const { challenges } = shippedChallenges();
    assert.ok(challenges.length >= 45, `${challenges.length} challenges`);
    for (const type of CHALLENGE_TYPES) assert.ok(challenges.some(c => c.type === type), `a ${type} challenge`);
    for (const difficulty of DIFFICULTIES) assert.ok(challenges.some(c => c.difficulty === difficulty), `an ${difficulty} challenge`);
    for (const difficulty of DIFFICULTIES) {
      const types = new Set(challenges.filter(c => c.difficulty === difficulty).map(c => c.type));
      assert.ok(types.size >= 5, `${difficulty}: only ${[...types].join(', ')}`);
    }
  });

  it('references are well-formed https addresses with titles, none repeated within a challenge', () => {
    for (const challenge of shippedChallenges().challenges) {
      const urls = challenge.references.map(r => r.url);
      assert.deepStrictEqual(urls.filter((u, i) => urls.indexOf(u) !== i), [], challenge.id);
      for (const reference of challenge.references) {
        const url = new URL(reference.url);
        assert.strictEqual(url.protocol, 'https:', `${challenge.id}: ${reference.url}`);
        assert.ok(reference.title.trim().length > 3, `${challenge.id}: title of ${reference.url}`);
      }
    }
  });

  it('rule codes name rules the linter has', () => {
    const codes = new Set(rules.map(rule => rule.metadata.code));
    for (const challenge of shippedChallenges().challenges) {
      assert.deepStrictEqual(challenge.rules.filter(code => !codes.has(code)), [], challenge.id);
    }
  });

  it('an option that claims printed numbers shows exactly those numbers in its text', () => {
    for (const challenge of shippedChallenges().challenges) {
      if (challenge.type === 'fill-in-blank' || challenge.type === 'fix-the-code') continue;
      for (const option of challenge.options) {
        if (option.outcome?.output === undefined) continue;
        const written = (option.text.match(/(?<![\w.])-?\d+(?:\.\d*)?(?:e-?\d+)?(?!\w)/g) ?? []).map(Number);
        assert.deepStrictEqual(written, flatten(option.outcome.output), `${challenge.id} option ${option.id}: ${option.text}`);
      }
    }
  });

  it('covers the topics of LABEL-SMOOTHING.md', () => {
    const tags = new Set(shippedChallenges().challenges.flatMap(c => c.tags));
    const topics = [
      'uniform', 'off-target', 'padding', 'binary', 'equivalence', 'mixed-conventions', 'double-smoothing', 'missing-factor',
      'one-hot', 'in-place', 'scatter', 'out-of-range', 'kl-div', 'nll-loss', 'reported-metric', 'epsilon-range',
      'weights', 'ignore-index', 'probability-targets', 'calibration', 'distillation', 'hyperparameters', 'metrics',
    ];
    assert.deepStrictEqual(topics.filter(topic => !tags.has(topic)), []);
  });
});
