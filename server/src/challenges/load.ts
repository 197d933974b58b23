// Reads the challenges folder: one folder per challenge (challenge.json, code.py, solution.py) and
// mastery.json. A bad file never stops the others from loading and never throws: it becomes a LoadProblem that
// names the file and what is wrong, so one broken challenge cannot take the panel down. Files are read only
// when they are regular files of a challenge's size: a huge file or a pipe (which would block the read) is a
// problem, not a hang.
import * as fs from 'fs';
import * as path from 'path';
import type { Challenge, LoadProblem, Mastery } from './challenge';
import { validateChallenge } from './validate';
import { validateMastery } from './mastery';

export interface LoadedChallenges {
  /** The seed's problems first, in the page's order, then the others by id. */
  readonly challenges: readonly Challenge[];
  readonly mastery?: Mastery;
  readonly problems: readonly LoadProblem[];
}

/** The files a challenge folder may hold. */
const FOLDER_FILES = ['challenge.json', 'code.py', 'solution.py'];

/**
 * Far above any challenge (the largest file shipped is about 3 KB), far below what could slow the server, and
 * below the 50,000 characters of code the panel's protocol carries.
 */
export const MAX_CHALLENGE_FILE_BYTES = 48 * 1024;

/** Files beside the challenge folders: this loader's own inputs and the documentation. */
const TOP_LEVEL_FILES = ['mastery.json', 'schema.json', 'README.md'];

export function loadChallenges(directory: string): LoadedChallenges {
  const problems: LoadProblem[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    return { challenges: [], problems: [{ file: '.', message: `cannot read the challenges folder ${directory}: ${messageOf(error)}` }] };
  }
  const challenges: Challenge[] = [];
  for (const entry of entries.filter(e => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory()) {
      const loaded = loadFolderSafely(path.join(directory, entry.name), entry.name);
      problems.push(...loaded.problems);
      if (loaded.challenge) challenges.push(loaded.challenge);
    } else if (!TOP_LEVEL_FILES.includes(entry.name)) {
      problems.push({ file: entry.name, message: `unexpected file: a challenge is a folder, beside it only ${TOP_LEVEL_FILES.join(', ')}` });
    }
  }
  challenges.sort((a, b) => (a.seed ?? Infinity) - (b.seed ?? Infinity) || a.id.localeCompare(b.id));
  const mastery = loadMastery(directory, new Set(challenges.map(c => c.id)), problems);
  return { challenges, mastery, problems };
}

/** Whatever goes wrong in one folder (an unreadable folder, a bug met by odd data) stays that folder's problem. */
function loadFolderSafely(folder: string, name: string): { challenge?: Challenge; problems: LoadProblem[] } {
  try {
    return loadFolder(folder, name);
  } catch (error) {
    return { problems: [{ file: name, message: `cannot be loaded: ${messageOf(error)}` }] };
  }
}

function loadFolder(folder: string, name: string): { challenge?: Challenge; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  const at = (file: string) => `${name}/${file}`;
  for (const file of fs.readdirSync(folder)) {
    if (!FOLDER_FILES.includes(file)) problems.push({ file: at(file), message: `unexpected file (a challenge folder holds ${FOLDER_FILES.join(', ')})` });
  }
  const jsonText = readOptional(folder, 'challenge.json', problems, at);
  if (jsonText === undefined) {
    if (!problems.some(p => p.file === at('challenge.json'))) problems.push({ file: at('challenge.json'), message: 'missing: every challenge folder has one' });
    return { problems };
  }
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch (error) {
    problems.push({ file: at('challenge.json'), message: `not valid JSON: ${messageOf(error)}` });
    return { problems };
  }
  const unread = problems.length;
  const code = readOptional(folder, 'code.py', problems, at);
  const solution = readOptional(folder, 'solution.py', problems, at);
  // A file that is there but cannot be read: checking the rest would only add "code.py is missing" to that.
  if (problems.length > unread) return { problems };
  const validated = validateChallenge({ folderName: name, folder, json, code, solution });
  problems.push(...validated.problems.map(message => ({ file: fileOf(message, at), message })));
  return { challenge: validated.challenge, problems };
}

/** Problems about code.py or solution.py are reported against that file, the others against challenge.json. */
function fileOf(message: string, at: (file: string) => string): string {
  const file = /^(code\.py|solution\.py):/.exec(message)?.[1];
  return at(file ?? 'challenge.json');
}

function readOptional(folder: string, file: string, problems: LoadProblem[], at: (file: string) => string): string | undefined {
  const full = path.join(folder, file);
  if (!fs.existsSync(full)) return undefined;
  const read = readBounded(full);
  if (typeof read === 'string') return read;
  problems.push({ file: at(file), message: read.problem });
  return undefined;
}

/** A file's text, or why it is not read: not a regular file, too large, or unreadable. */
function readBounded(file: string): string | { problem: string } {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { problem: 'is not a regular file' };
    if (stat.size > MAX_CHALLENGE_FILE_BYTES) {
      return { problem: `is ${stat.size.toLocaleString('en-US')} bytes; a challenge file is at most ${MAX_CHALLENGE_FILE_BYTES.toLocaleString('en-US')}` };
    }
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { problem: `cannot be read: ${messageOf(error)}` };
  }
}

function loadMastery(directory: string, ids: ReadonlySet<string>, problems: LoadProblem[]): Mastery | undefined {
  const file = path.join(directory, 'mastery.json');
  if (!fs.existsSync(file)) return undefined;
  const text = readBounded(file);
  if (typeof text !== 'string') {
    problems.push({ file: 'mastery.json', message: text.problem });
    return undefined;
  }
  try {
    const validated = validateMastery(JSON.parse(text), ids);
    problems.push(...validated.problems.map(message => ({ file: 'mastery.json', message })));
    return validated.mastery;
  } catch (error) {
    problems.push({ file: 'mastery.json', message: `not valid JSON: ${messageOf(error)}` });
    return undefined;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
