// The contract of the challenge panel, shared by its three parts, none of which imports `vscode` here:
//   - the session (session/): the panel's state machine — modes, timers, attempts, hints, badge, review —
//     which lives in the extension host and is the single source of truth;
//   - the webview (client/webview/): a view that renders the session's PanelState and sends WebviewMessages;
//   - the host services (implemented over the language server's custom requests in the extension, and
//     directly over the analysis core in tests): the catalog, grading, previews, the visualisation, and
//     opening a Debug challenge in an editor; and the progress storage (globalState in the extension).
// Messages in both directions are validated (protocol.ts) before anyone acts on them.
import type {
  Challenge, CodePreview, FillInBlankGrade, FixGrade, LoadProblem, Mastery, Visualization, VisualizationRequest, VisualizedConvention,
} from '../../../server/src/challenges';

// Predict's reveal (CodePreview) and Visualize's request and answer are computed by the analysis core, which
// defines them; the panel uses them as they are.
export type { Challenge, CodePreview, FillInBlankGrade, FixGrade, LoadProblem, Mastery, Visualization, VisualizationRequest, VisualizedConvention };

/** The nine learning modes, in the order the panel lists them. */
export const MODES = ['why', 'deep-dive', 'visualize', 'try', 'challenge', 'predict', 'debug', 'assessment', 'review'] as const;
export type Mode = typeof MODES[number];

// ---------------------------------------------------------------------------------------------------------
// Host services

export interface Catalog {
  readonly challenges: readonly Challenge[];
  readonly mastery?: Mastery;
  /** Files that could not be used, shown as a notice; the rest of the catalog still works. */
  readonly problems: readonly LoadProblem[];
}

export interface ChallengeServices {
  catalog(): Promise<Catalog>;
  /** Try mode: grades the completion of a fill-in-blank challenge by evaluating the completed code. */
  gradeFillInBlank(challengeId: string, optionIds: readonly string[]): Promise<FillInBlankGrade>;
  /** Debug mode: grades the learner's code for a fix-the-code challenge (hidden inputs, clean lint). */
  gradeFix(challengeId: string, code: string): Promise<FixGrade>;
  /** Predict mode: the engine's view of the challenge's code. */
  previewCode(challengeId: string): Promise<CodePreview>;
  visualize(request: VisualizationRequest): Promise<Visualization>;
  /** Debug mode: opens the challenge's buggy code in an editor where the learner edits it. */
  openDebugEditor(challengeId: string): Promise<void>;
  /** Debug mode: the current text of the challenge's editor; undefined when it is not open. */
  debugEditorText(challengeId: string): string | undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Progress: what persists (globalState in the extension, synced across machines). Versioned: a store that
// reads an older or corrupt value migrates it or sets it aside with a notice, never silently loses it.

export const PROGRESS_VERSION = 1;

export interface ChallengeProgress {
  readonly attemptsUsed: number;
  readonly hintsUsed: number;
  readonly solved: boolean;
  /** Attempts ran out or the timer expired without a right answer. */
  readonly failed: boolean;
  /** The fastest right answer, in milliseconds. */
  readonly bestTimeMs?: number;
  /** The last answer given: an option id, or option ids per blank. */
  readonly lastAnswer?: string | readonly string[];
  /** Right answers in a row in Review mode; a question leaves the review list at REVIEW_STREAK. */
  readonly reviewStreak: number;
}

export const REVIEW_STREAK = 2;

export interface AssessmentResult {
  /** ms since the epoch. */
  readonly finishedAt: number;
  readonly score: number;
  readonly total: number;
  /** By tag (topic): right answers of those asked. */
  readonly byTopic: Readonly<Record<string, { readonly correct: number; readonly total: number }>>;
}

/** A timed challenge in progress: its deadline survives a hidden view and a reloaded window. */
export interface RunningTimer {
  readonly challengeId: string;
  readonly startedAt: number;
  readonly deadline: number;
}

export interface Progress {
  readonly version: typeof PROGRESS_VERSION;
  readonly challenges: Readonly<Record<string, ChallengeProgress>>;
  /** Earned badges by id (the mastery badge is `mastery`), with when. */
  readonly badges: Readonly<Record<string, number>>;
  /** Ids of questions missed, to ask again in Review mode. */
  readonly review: readonly string[];
  readonly assessments: readonly AssessmentResult[];
  readonly running?: RunningTimer;
  /** Where the learner was, for "continue where I left off". */
  readonly last?: { readonly mode: Mode; readonly challengeId?: string };
}

export interface ProgressStorage {
  /** The stored progress, migrated; a notice when something had to be set aside or migrated. */
  load(): { readonly progress: Progress; readonly notice?: string };
  save(progress: Progress): Promise<void>;
}

export interface Clock {
  now(): number;
  /** Calls `tick` every `ms` until disposed. */
  every(ms: number, tick: () => void): { dispose(): void };
}

// ---------------------------------------------------------------------------------------------------------
// What the extension (commands, the Debug editor's "Check" CodeLens, the view provider) asks of the session.

export interface PanelSessionApi {
  /** Loads the catalog and the progress; call once, before anything else. */
  start(): Promise<void>;
  /** A message from the webview (validated inside: anything malformed is ignored and logged). */
  handle(message: unknown): Promise<void>;
  /** The state the webview renders (type in protocol.ts), posted on every change. */
  onDidChange(listener: (state: unknown) => void): { dispose(): void };
  startMode(mode: Mode): Promise<void>;
  continueWhereLeftOff(): Promise<void>;
  /** Grades the Debug editor of the challenge (the CodeLens and the panel's button both end here). */
  checkDebug(challengeId: string): Promise<void>;
  readonly progress: Progress;
  /** After reset or import: the store has already validated and saved it. */
  replaceProgress(progress: Progress): Promise<void>;
  dispose(): void;
}

/** What `createPanelSession` (session/index.ts) takes. */
export interface PanelSessionDeps {
  readonly services: ChallengeServices;
  readonly storage: ProgressStorage;
  readonly clock: Clock;
  /** Where to note ignored messages and failures (the extension's output channel). */
  readonly log?: (message: string) => void;
}
