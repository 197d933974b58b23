// What a challenge is, as typed data: the contract between the files in challenges/ (see challenges/README.md
// and challenges/schema.json), the loader that reads them and the panel that shows them. Three shapes:
// choice questions (one option is right), fill-in-the-blank code (options fill numbered blanks) and
// fix-the-code (the learner edits code until it matches a hidden solution on hidden inputs).

export const CHALLENGE_TYPES = [
  'conceptual', 'predict-output', 'hyperparameter', 'metrics', 'debug', 'fill-in-blank', 'fix-the-code',
] as const;
export type ChallengeType = typeof CHALLENGE_TYPES[number];

/** The types answered by picking one option. */
export const CHOICE_TYPES = ['conceptual', 'predict-output', 'hyperparameter', 'metrics', 'debug'] as const;
export type ChoiceType = typeof CHOICE_TYPES[number];

/** The types whose answer is what code computes: every option must say what the code does (an outcome). */
export const CODE_OUTCOME_TYPES: readonly ChallengeType[] = ['predict-output', 'debug'];

export const DIFFICULTIES = ['intermediate', 'advanced', 'expert'] as const;
export type Difficulty = typeof DIFFICULTIES[number];

/** A number, or nested lists of numbers (a tensor as the option writes it: `[[0.925, 0.025], …]`). */
export type NumberTree = number | readonly NumberTree[];

/**
 * What running a piece of code does, as a claim an option makes (or the target a fill-in-blank must reach).
 * The claim holds when every field given holds; see outcome.ts for how each is checked.
 */
export interface Outcome {
  /** The Python exception type the code raises (`RuntimeError`); `null`: it runs to the end without one. */
  readonly raises?: string | null;
  /** The 1-based line of code.py where it raises (only with `raises`). */
  readonly line?: number;
  /** Every number the code prints, in order: tensor values, else the numbers in a print's text. */
  readonly output?: NumberTree;
  /** Exactly what the code prints, prints joined by newlines. */
  readonly printed?: string;
  /** Whether PyTorch or Python issues a warning. */
  readonly warns?: boolean;
}

export interface ChallengeOption {
  /** `A`, `B`, … */
  readonly id: string;
  /** Markdown, shown as the option. */
  readonly text: string;
  /** What this option says the code does (predict-output, debug, and any other type with code). */
  readonly outcome?: Outcome;
  /** fill-in-blank: the exact code this option puts into its blank (one line). */
  readonly code?: string;
  /** fill-in-blank: the number of the blank (`___1___` is 1) this option belongs to. */
  readonly blank?: number;
}

export interface Explanation {
  /** Markdown: why the answer is right. */
  readonly why: string;
  /** Markdown per option id: why that option is right or wrong. */
  readonly options?: Readonly<Record<string, string>>;
}

export interface Reference {
  readonly title: string;
  readonly url: string;
}

/** fix-the-code: what the grader calls, on inputs the learner never sees. */
export interface Grading {
  /** The function the learner fixes (the panel points at it). */
  readonly function: string;
  /** Python call expressions, e.g. `smooth(torch.tensor([0, 2, 3]), 0.1, 4)`; `torch` is imported for them. */
  readonly hiddenInputs: readonly string[];
}

interface ChallengeBase {
  readonly id: string;
  readonly title: string;
  readonly type: ChallengeType;
  readonly difficulty: Difficulty;
  readonly timeLimitSeconds: number;
  readonly attempts: number;
  /** Markdown. */
  readonly prompt: string;
  readonly hints: readonly string[];
  readonly explanation: Explanation;
  readonly references: readonly Reference[];
  readonly tags: readonly string[];
  /** Linter rule codes (`LS001`) the challenge is about: the panel links their docs. */
  readonly rules: readonly string[];
  /** The problem's position on the practice page it comes from (1-based), for the seed's five. */
  readonly seed?: number;
  /** The challenge's folder (absolute path). */
  readonly folder: string;
}

export interface ChoiceChallenge extends ChallengeBase {
  readonly type: ChoiceType;
  /** code.py, when the question is about code. */
  readonly code?: string;
  readonly options: readonly ChallengeOption[];
  /** The id of the right option. */
  readonly answer: string;
}

export interface FillInBlankChallenge extends ChallengeBase {
  readonly type: 'fill-in-blank';
  /** code.py with the blanks `___1___`, `___2___`, … */
  readonly code: string;
  readonly options: readonly ChallengeOption[];
  /** The right option id for each blank, in blank order. */
  readonly answer: readonly string[];
  /** What the completed code must do. */
  readonly expected: Outcome;
}

export interface FixTheCodeChallenge extends ChallengeBase {
  readonly type: 'fix-the-code';
  /** code.py: the buggy code the learner starts from. */
  readonly code: string;
  /** solution.py: the reference the learner's results are compared with. */
  readonly solution: string;
  readonly grading: Grading;
}

export type Challenge = ChoiceChallenge | FillInBlankChallenge | FixTheCodeChallenge;

/** challenges/mastery.json: the practice page's header and which challenges earn its badge. */
export interface Mastery {
  readonly title: string;
  readonly badge: string;
  readonly tagline: string;
  readonly estimatedMinutes: number;
  /** The ids of the challenge set, in order. */
  readonly challengeSet: readonly string[];
}

/** A file that could not be used, and why; the loader reports these instead of throwing. */
export interface LoadProblem {
  /** The file (or folder), relative to the challenges folder, e.g. `seed-purpose/challenge.json`. */
  readonly file: string;
  readonly message: string;
}
