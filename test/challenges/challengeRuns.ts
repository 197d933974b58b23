// The Python programs behind the challenges' answer keys, as snippets for the PyTorch oracle: each challenge's
// code.py (when its options say what the code does), every completion of a fill-in-blank challenge that differs
// from the key in one blank (and the key itself), and fix-the-code's solution and starter called on each hidden
// input. They are written to a temporary folder and run by test/oracle/run_pytorch.py like the oracle's own
// snippets, with their own cache (`challenges`).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Challenge, FillInBlankChallenge } from '../../server/src/challenges';
import { completeCode } from '../../server/src/challenges';
import type { SnippetSet } from '../oracle/goldens';

/** One program: its snippet name (the golden's key) and its text. */
export interface CodeRun {
  readonly name: string;
  readonly text: string;
}

export interface Completion {
  /** The blank whose option differs from the key (undefined: the keyed completion itself). */
  readonly blank?: number;
  readonly option?: string;
  readonly run: CodeRun;
}

export interface HiddenRun {
  /** 1-based */
  readonly index: number;
  readonly call: string;
  readonly solution: CodeRun;
  readonly starter: CodeRun;
}

export interface ChallengeRuns {
  readonly challenge: Challenge;
  /** code.py as it is, when the options claim outcomes. */
  readonly code?: CodeRun;
  readonly completions?: readonly Completion[];
  readonly hidden?: readonly HiddenRun[];
}

/** What PyTorch prints for a hidden call is the call's result: the program is the code, then `print(call)`. */
export function hiddenCallProgram(code: string, call: string): string {
  return `${code.replace(/\n*$/, '\n')}\n\nimport torch\nprint(${call})\n`;
}

function completions(challenge: FillInBlankChallenge): Completion[] {
  const complete = (choices: readonly string[]) => {
    const completed = completeCode(challenge, choices);
    if (completed.code === undefined) throw new Error(`${challenge.id}: ${completed.problem}`);
    return completed.code;
  };
  const runs: Completion[] = [{ run: { name: `${challenge.id}.key`, text: complete(challenge.answer) } }];
  for (const option of challenge.options) {
    const blank = option.blank!;
    if (challenge.answer[blank - 1] === option.id) continue;
    const choices = challenge.answer.map((id, i) => (i === blank - 1 ? option.id : id));
    runs.push({ blank, option: option.id, run: { name: `${challenge.id}.blank${blank}-${option.id}`, text: complete(choices) } });
  }
  return runs;
}

export function challengeRuns(challenges: readonly Challenge[]): ChallengeRuns[] {
  return challenges.map(challenge => {
    switch (challenge.type) {
      case 'fill-in-blank':
        return { challenge, completions: completions(challenge) };
      case 'fix-the-code':
        return {
          challenge,
          hidden: challenge.grading.hiddenInputs.map((call, i) => ({
            index: i + 1,
            call,
            solution: { name: `${challenge.id}.solution-${i + 1}`, text: hiddenCallProgram(challenge.solution, call) },
            starter: { name: `${challenge.id}.starter-${i + 1}`, text: hiddenCallProgram(challenge.code, call) },
          })),
        };
      default:
        return challenge.code !== undefined && challenge.options.some(option => option.outcome)
          ? { challenge, code: { name: challenge.id, text: challenge.code } }
          : { challenge };
    }
  });
}

export function allRuns(runs: readonly ChallengeRuns[]): CodeRun[] {
  return runs.flatMap(r => [
    ...(r.code ? [r.code] : []),
    ...(r.completions ?? []).map(c => c.run),
    ...(r.hidden ?? []).flatMap(h => [h.solution, h.starter]),
  ]);
}

/** Writes the programs into a fresh temporary folder: a snippet set for loadGoldens. */
export function writeSnippetSet(runs: readonly CodeRun[]): SnippetSet {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'challenge-snippets-'));
  for (const run of runs) fs.writeFileSync(path.join(directory, `${run.name}.py`), run.text);
  return { directory, cacheName: 'challenges' };
}
