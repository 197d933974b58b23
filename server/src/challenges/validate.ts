// Turns one challenge folder's files into a typed Challenge, or says precisely what is wrong with them.
// The shape checks mirror challenges/schema.json (which editors use while a challenge is written; a test keeps
// the two in step); the checks between fields (the answer names an option, the blanks in code.py have
// options, the id is the folder's name, …) are ones a JSON Schema cannot express.
import {
  CHALLENGE_TYPES, CODE_OUTCOME_TYPES, Challenge, ChallengeOption, ChallengeType, ChoiceType, DIFFICULTIES,
  Difficulty, Explanation, Grading, NumberTree, Outcome, Reference,
} from './challenge';
import { FieldReader, Json, JsonObject, MAX_LINE_LENGTH, MAX_TITLE_LENGTH } from './fields';
import { blanksIn } from './fillInBlank';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const OPTION_ID = /^[A-H]$/;
const RULE_CODE = /^LS\d{3}$/;
const EXCEPTION_NAME = /^[A-Z][A-Za-z]*(Error|Exception|Warning)$/;
const PYTHON_NAME = /^[A-Za-z_]\w*$/;
/** The panel shows these on one line. */
const LINE = { maxLength: MAX_LINE_LENGTH };
/** An expected output's nesting: a tensor of rank 8 is far beyond any challenge, and the check recurses this deep at most. */
const MAX_OUTPUT_DEPTH = 8;

/** The fields challenge.json may have. */
const FIELDS = [
  '$schema', 'id', 'title', 'type', 'difficulty', 'timeLimitSeconds', 'attempts', 'prompt', 'options', 'answer',
  'expected', 'grading', 'hints', 'explanation', 'references', 'tags', 'rules', 'seed',
];

/** The texts of a challenge folder: challenge.json parsed, and code.py / solution.py when present. */
export interface ChallengeFiles {
  readonly folderName: string;
  readonly folder: string;
  readonly json: unknown;
  readonly code?: string;
  readonly solution?: string;
}

export type Validated = { readonly challenge: Challenge; readonly problems: [] } | { readonly challenge?: undefined; readonly problems: string[] };

export function validateChallenge(files: ChallengeFiles): Validated {
  const read = new FieldReader();
  const json = read.object(files.json, '(file)');
  if (!json) return { problems: read.problems };
  read.onlyKnownFields(json, FIELDS, '');

  const id = read.string(json.id, 'id', { pattern: ID_PATTERN, patternName: 'kebab-case (a-z, 0-9, single hyphens)', maxLength: 200 });
  if (id !== undefined && id !== files.folderName) read.report('id', `must equal the folder name "${files.folderName}", is "${id}"`);
  const type = read.string(json.type, 'type', { oneOf: CHALLENGE_TYPES }) as ChallengeType | undefined;
  const base = {
    id: id ?? '',
    title: read.string(json.title, 'title', { maxLength: MAX_TITLE_LENGTH }) ?? '',
    difficulty: (read.string(json.difficulty, 'difficulty', { oneOf: DIFFICULTIES }) ?? 'intermediate') as Difficulty,
    timeLimitSeconds: read.integer(json.timeLimitSeconds, 'timeLimitSeconds', 10, 3600) ?? 0,
    attempts: read.integer(json.attempts, 'attempts', 1, 10) ?? 0,
    prompt: read.string(json.prompt, 'prompt') ?? '',
    hints: read.strings(json.hints, 'hints', 1) ?? [],
    explanation: readExplanation(read, json.explanation),
    references: readReferences(read, json.references),
    tags: read.strings(json.tags, 'tags', 1, { pattern: ID_PATTERN, patternName: 'kebab-case' }) ?? [],
    rules: json.rules === undefined ? [] : read.strings(json.rules, 'rules', 1, { pattern: RULE_CODE, patternName: 'a rule code like LS001' }) ?? [],
    seed: json.seed === undefined ? undefined : read.integer(json.seed, 'seed', 1, 100),
    folder: files.folder,
  };
  if (!type) return { problems: read.problems };

  let challenge: Challenge | undefined;
  if (type === 'fix-the-code') challenge = readFixTheCode(read, json, files, base);
  else if (type === 'fill-in-blank') challenge = readFillInBlank(read, json, files, base);
  else challenge = readChoice(read, json, files, { ...base, type });
  return read.problems.length || !challenge ? { problems: read.problems } : { challenge, problems: [] };
}

type Base = Omit<Challenge, 'type' | 'options' | 'answer' | 'code' | 'solution' | 'expected' | 'grading'>;

function readChoice(read: FieldReader, json: JsonObject, files: ChallengeFiles, base: Base & { type: ChoiceType }): Challenge | undefined {
  forbid(read, json, base.type, ['expected', 'grading']);
  if (files.solution !== undefined) read.report('solution.py', `only fix-the-code challenges have one, this is ${base.type}`);
  const options = readOptions(read, json.options, 'choice');
  const answer = read.string(json.answer, 'answer', { pattern: OPTION_ID, patternName: 'an option id (A–H)' });
  if (options && answer && !options.some(option => option.id === answer)) read.report('answer', `"${answer}" is not one of the options`);
  const needsOutcomes = CODE_OUTCOME_TYPES.includes(base.type);
  if (needsOutcomes && files.code === undefined) read.report('code.py', `a ${base.type} challenge needs its code in code.py`);
  options?.forEach((option, i) => {
    if (needsOutcomes && !option.outcome) read.report(`options[${i}].outcome`, `every ${base.type} option says what the code does`);
    if (option.outcome && files.code === undefined) read.report(`options[${i}].outcome`, 'an outcome needs code.py to run');
  });
  if (options && options.some(o => o.outcome) && !options.every(o => o.outcome)) read.report('options', 'either every option has an outcome or none has');
  checkOptionExplanations(read, base.explanation, options);
  if (!options || !answer) return undefined;
  return { ...base, code: files.code, options, answer };
}

function readFillInBlank(read: FieldReader, json: JsonObject, files: ChallengeFiles, base: Base): Challenge | undefined {
  forbid(read, json, 'fill-in-blank', ['grading']);
  if (files.solution !== undefined) read.report('solution.py', 'only fix-the-code challenges have one, this is fill-in-blank');
  const code = files.code;
  if (code === undefined) read.report('code.py', 'a fill-in-blank challenge needs code.py with blanks ___1___, ___2___, …');
  const blanks = code === undefined ? [] : blanksIn(code);
  if (code !== undefined && (blanks.length === 0 || blanks.some((blank, i) => blank !== i + 1))) {
    read.report('code.py', `its blanks must be numbered ___1___, ___2___, … in order, each once; found ${blanks.length ? blanks.join(', ') : 'none'}`);
  }
  const options = readOptions(read, json.options, 'blank');
  for (const blank of blanks) {
    const count = options?.filter(option => option.blank === blank).length ?? 0;
    if (options && count < 2) read.report('options', `blank ${blank} needs at least 2 options, has ${count}`);
  }
  options?.forEach((option, i) => {
    if (option.blank !== undefined && !blanks.includes(option.blank)) read.report(`options[${i}].blank`, `code.py has no blank ___${option.blank}___`);
  });
  const answer = read.strings(json.answer, 'answer', 1, { pattern: OPTION_ID, patternName: 'an option id (A–H)' });
  if (answer && code !== undefined && answer.length !== blanks.length) read.report('answer', `needs one option id per blank (${blanks.length}), has ${answer.length}`);
  answer?.forEach((choice, i) => {
    const option = options?.find(o => o.id === choice);
    if (options && !option) read.report(`answer[${i}]`, `"${choice}" is not one of the options`);
    else if (option && option.blank !== i + 1) read.report(`answer[${i}]`, `option ${choice} belongs to blank ${option.blank}, not ${i + 1}`);
  });
  const expected = json.expected === undefined ? undefined : readOutcome(read, json.expected, 'expected');
  if (json.expected === undefined) read.report('expected', 'a fill-in-blank challenge says what the completed code must do');
  checkOptionExplanations(read, base.explanation, options);
  if (!options || !answer || !expected || code === undefined) return undefined;
  return { ...base, type: 'fill-in-blank', code, options, answer, expected };
}

function readFixTheCode(read: FieldReader, json: JsonObject, files: ChallengeFiles, base: Base): Challenge | undefined {
  forbid(read, json, 'fix-the-code', ['options', 'answer', 'expected']);
  if (files.code === undefined) read.report('code.py', 'a fix-the-code challenge needs the code to fix in code.py');
  if (files.solution === undefined) read.report('solution.py', 'a fix-the-code challenge needs its reference solution in solution.py');
  if (base.explanation.options) read.report('explanation.options', 'a fix-the-code challenge has no options to explain');
  const grading = readGrading(read, json.grading);
  if (!grading || files.code === undefined || files.solution === undefined) return undefined;
  return { ...base, type: 'fix-the-code', code: files.code, solution: files.solution, grading };
}

function forbid(read: FieldReader, json: JsonObject, type: string, fields: readonly string[]): void {
  for (const field of fields) if (json[field] !== undefined) read.report(field, `a ${type} challenge has no ${field}`);
}

function readOptions(read: FieldReader, value: unknown, kind: 'choice' | 'blank'): ChallengeOption[] | undefined {
  const items = read.array(value, 'options', 2);
  if (!items) return undefined;
  const options: ChallengeOption[] = [];
  items.forEach((item, i) => {
    const path = `options[${i}]`;
    const object = read.object(item, path);
    if (!object) return;
    read.onlyKnownFields(object, kind === 'blank' ? ['id', 'text', 'code', 'blank'] : ['id', 'text', 'outcome'], path);
    const id = read.string(object.id, `${path}.id`, { pattern: OPTION_ID, patternName: 'a capital letter A–H' });
    const text = read.string(object.text, `${path}.text`);
    if (id && options.some(option => option.id === id)) read.report(`${path}.id`, `"${id}" is used by another option`);
    if (kind === 'blank') {
      const code = read.string(object.code, `${path}.code`, LINE);
      if (code !== undefined && /[\r\n]/.test(code)) read.report(`${path}.code`, 'must be one line (it replaces a blank within a line)');
      const blank = read.integer(object.blank, `${path}.blank`, 1, 9);
      if (id && text && code !== undefined && blank !== undefined) options.push({ id, text, code, blank });
    } else {
      const outcome = object.outcome === undefined ? undefined : readOutcome(read, object.outcome, `${path}.outcome`);
      if (id && text) options.push(outcome ? { id, text, outcome } : { id, text });
    }
  });
  const ids = options.map(option => option.id);
  const expectedIds = ids.map((_, i) => String.fromCharCode(65 + i));
  if (options.length === items.length && ids.join() !== expectedIds.join()) {
    read.report('options', `ids must be ${expectedIds.join(', ')} in order, are ${ids.join(', ')}`);
  }
  return options.length === items.length ? options : undefined;
}

export function readOutcome(read: FieldReader, value: unknown, path: string): Outcome | undefined {
  const object = read.object(value, path);
  if (!object) return undefined;
  read.onlyKnownFields(object, ['raises', 'line', 'output', 'printed', 'warns'], path);
  if (Object.keys(object).length === 0) read.report(path, 'must claim something: raises, output, printed or warns');
  const outcome: { -readonly [K in keyof Outcome]: Outcome[K] } = {};
  if (object.raises !== undefined) {
    outcome.raises = object.raises === null ? null
      : read.string(object.raises, `${path}.raises`, { pattern: EXCEPTION_NAME, patternName: 'an exception class name like RuntimeError, or null' });
  }
  if (object.line !== undefined) {
    outcome.line = read.integer(object.line, `${path}.line`, 1, 10_000);
    if (typeof object.raises !== 'string') read.report(`${path}.line`, 'only with raises (the line it raises at)');
  }
  if (object.output !== undefined) {
    if (isNumberTree(object.output)) outcome.output = object.output;
    else read.report(`${path}.output`, `must be a number or nested arrays of numbers, at most ${MAX_OUTPUT_DEPTH} levels deep`);
  }
  if (object.printed !== undefined) outcome.printed = read.string(object.printed, `${path}.printed`);
  if (object.warns !== undefined) {
    if (typeof object.warns === 'boolean') outcome.warns = object.warns;
    else read.report(`${path}.warns`, 'must be true or false');
  }
  return outcome;
}

function isNumberTree(value: Json, depth = 0): value is NumberTree & Json {
  if (typeof value === 'number') return true;
  return depth < MAX_OUTPUT_DEPTH && Array.isArray(value) && value.length > 0 && value.every(item => isNumberTree(item, depth + 1));
}

function readExplanation(read: FieldReader, value: unknown): Explanation {
  const object = read.object(value, 'explanation');
  if (!object) return { why: '' };
  read.onlyKnownFields(object, ['why', 'options'], 'explanation');
  const why = read.string(object.why, 'explanation.why') ?? '';
  if (object.options === undefined) return { why };
  const options = read.object(object.options, 'explanation.options');
  // fromEntries defines each key as the object's own, so a `__proto__` key is kept (and reported as no option).
  const texts = Object.fromEntries(Object.entries(options ?? {}).flatMap(([key, text]) => {
    const checked = read.string(text, `explanation.options.${key}`);
    return checked ? [[key, checked] as const] : [];
  }));
  return { why, options: texts };
}

/** Every option is explained, and only options are. */
function checkOptionExplanations(read: FieldReader, explanation: Explanation, options: readonly ChallengeOption[] | undefined): void {
  if (!options) return;
  const explained = Object.keys(explanation.options ?? {});
  const missing = options.map(option => option.id).filter(id => !explained.includes(id));
  const extra = explained.filter(id => !options.some(option => option.id === id));
  if (missing.length) read.report('explanation.options', `explain every option; missing ${missing.join(', ')}`);
  if (extra.length) read.report('explanation.options', `explains options that do not exist: ${extra.join(', ')}`);
}

function readReferences(read: FieldReader, value: unknown): Reference[] {
  const items = read.array(value, 'references', 1) ?? [];
  const references: Reference[] = [];
  items.forEach((item, i) => {
    const object = read.object(item, `references[${i}]`);
    if (!object) return;
    read.onlyKnownFields(object, ['title', 'url'], `references[${i}]`);
    const title = read.string(object.title, `references[${i}].title`, LINE);
    const url = read.string(object.url, `references[${i}].url`, { ...LINE, pattern: /^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/, patternName: 'an https:// address' });
    if (url && !isUrl(url)) read.report(`references[${i}].url`, `is not a valid address: ${url}`);
    if (title && url) references.push({ title, url });
  });
  return references;
}

function isUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

function readGrading(read: FieldReader, value: unknown): Grading | undefined {
  const object = read.object(value, 'grading');
  if (!object) return undefined;
  read.onlyKnownFields(object, ['function', 'hiddenInputs'], 'grading');
  const fn = read.string(object.function, 'grading.function', { pattern: PYTHON_NAME, patternName: 'a Python function name' });
  const inputs = read.strings(object.hiddenInputs, 'grading.hiddenInputs', 1,
    { pattern: /^[A-Za-z_]\w*\(.*\)$/s, patternName: 'a call expression like name(...)' });
  inputs?.forEach((input, i) => {
    if (/[\r\n]/.test(input)) read.report(`grading.hiddenInputs[${i}]`, 'must be one line');
  });
  if (fn && inputs && !inputs.some(input => input.startsWith(`${fn}(`))) read.report('grading.hiddenInputs', `none of them calls ${fn}`);
  return fn && inputs ? { function: fn, hiddenInputs: inputs } : undefined;
}

