// The messages between the challenge panel's host (the session, in the extension host) and its webview:
//   host → webview: a PanelState, the whole view model, posted on every change (the webview keeps nothing);
//   webview → host: a WebviewMessage, what the learner did.
// Both directions are checked with the strict checks below before anyone acts on them: a webview is a web
// page, and whatever it sends (or is sent) may be malformed. Compiled into the extension and into the webview
// bundle, so it imports neither vscode nor Node nor the server (contract.ts pulls in the server's loader).
import {
  Checked, arrayOf, attempt, bool, int, literal, num, object, oneOf, optional, str, tagged,
} from './checks';

/** The nine modes in the panel's order; the same list as contract.ts's MODES (a type test keeps them equal). */
export const PANEL_MODES = ['why', 'deep-dive', 'visualize', 'try', 'challenge', 'predict', 'debug', 'assessment', 'review'] as const;

export const SCREENS = ['home', ...PANEL_MODES] as const;
export type Screen = typeof SCREENS[number];

// Limits: far above anything the shipped content needs, low enough that a runaway message is refused.
const ID = str(200);
const LINE = str(1000);
const MARKDOWN = str(20_000);
const CODE = str(50_000);
const COUNT = int(0, 100_000);
const MANY = 500;

export const VISUALIZE_LIMITS = { minClasses: 2, maxClasses: 20, epsilonStep: 0.01 } as const;

const convention = oneOf(['uniform', 'off-target'] as const);

const visualizationRequest = object({
  epsilon: num(0, 1),
  classes: int(VISUALIZE_LIMITS.minClasses, VISUALIZE_LIMITS.maxClasses),
  label: int(0, VISUALIZE_LIMITS.maxClasses - 1),
  convention,
});
export type VisualizationRequestMessage = Checked<typeof visualizationRequest>;

// ---------------------------------------------------------------------------------------------------------
// webview → host

const webviewMessage = tagged('type', {
  /** The webview has loaded (or reloaded) and wants the state. */
  ready: object({ type: literal('ready') }),
  home: object({ type: literal('home') }),
  'start-mode': object({ type: literal('start-mode'), mode: oneOf(PANEL_MODES) }),
  continue: object({ type: literal('continue') }),
  /** Opens one challenge of the current mode (from its list). */
  open: object({ type: literal('open'), challengeId: ID }),
  /** Picks an option: the answer of a choice question, or the content of its blank in fill-in-the-blank. */
  select: object({ type: literal('select'), optionId: str(20) }),
  /** Empties a blank of a fill-in-the-blank challenge. */
  'clear-blank': object({ type: literal('clear-blank'), blank: int(1, 50) }),
  submit: object({ type: literal('submit') }),
  hint: object({ type: literal('hint') }),
  next: object({ type: literal('next') }),
  retry: object({ type: literal('retry') }),
  'begin-assessment': object({ type: literal('begin-assessment') }),
  visualize: object({ type: literal('visualize'), request: visualizationRequest }),
  'open-editor': object({ type: literal('open-editor'), challengeId: ID }),
  'check-debug': object({ type: literal('check-debug'), challengeId: ID }),
  'dismiss-notice': object({ type: literal('dismiss-notice'), index: int(0, MANY) }),
});
export type WebviewMessage = Checked<typeof webviewMessage>;

// ---------------------------------------------------------------------------------------------------------
// host → webview: the view model

const modeCard = object({ id: oneOf(PANEL_MODES), title: LINE, description: LINE, status: optional(LINE) });

const homeView = object({
  kind: literal('home'),
  modes: arrayOf(modeCard, PANEL_MODES.length),
  mastery: optional(object({
    title: LINE,
    badge: LINE,
    tagline: LINE,
    estimatedMinutes: COUNT,
    earned: bool,
    solved: COUNT,
    total: COUNT,
  })),
  progress: object({ solved: COUNT, attempted: COUNT, total: COUNT, toReview: COUNT, assessments: COUNT }),
  /** "Continue: Challenge — Predict the smoothed targets", when there is somewhere to continue. */
  continueLabel: optional(LINE),
});

const learnView = object({ kind: literal('learn'), title: LINE, markdown: MARKDOWN });

const visualizeView = object({
  kind: literal('visualize'),
  request: visualizationRequest,
  /** A newer request is on its way: the figures shown are for an earlier one. */
  pending: bool,
  result: optional(object({
    targets: arrayOf(num(-1e6, 1e6), VISUALIZE_LIMITS.maxClasses),
    targetsPrinted: CODE,
    rowSum: num(-1e6, 1e6),
    logits: arrayOf(num(-1e6, 1e6), VISUALIZE_LIMITS.maxClasses),
    probabilities: arrayOf(num(0, 1), VISUALIZE_LIMITS.maxClasses),
    loss: LINE,
    lossWithoutSmoothing: LINE,
    convention: LINE,
  })),
  error: optional(LINE),
});

const optionState = oneOf(['idle', 'selected', 'wrong', 'right', 'answer'] as const);
export type OptionState = Checked<typeof optionState>;

const questionView = object({
  kind: literal('question'),
  mode: oneOf(PANEL_MODES),
  challengeId: ID,
  title: LINE,
  /** "Conceptual", "Predict output", … */
  typeLabel: LINE,
  difficulty: oneOf(['intermediate', 'advanced', 'expert'] as const),
  prompt: MARKDOWN,
  code: optional(CODE),
  /** How it is answered: pick one option, fill numbered blanks, or edit the code in an editor. */
  answerKind: oneOf(['choice', 'blanks', 'fix'] as const),
  options: arrayOf(object({
    id: str(20),
    /** 1-based: the number key that picks it. */
    number: int(1, 99),
    text: MARKDOWN,
    blank: optional(int(1, 50)),
    state: optionState,
  }), 50),
  blanks: arrayOf(object({ number: int(1, 50), optionId: optional(str(20)), code: optional(LINE) }), 50),
  canSubmit: bool,
  status: oneOf(['open', 'solved', 'failed'] as const),
  /** Absent when answers are not limited (Debug). */
  attempts: optional(object({ left: COUNT, total: COUNT })),
  hints: arrayOf(MARKDOWN, 50),
  hintsTotal: COUNT,
  canHint: bool,
  timer: optional(object({ secondsLeft: COUNT, totalSeconds: COUNT })),
  bestTimeSeconds: optional(COUNT),
  /** The outcome of the last answer. */
  feedback: optional(object({ tone: oneOf(['right', 'wrong', 'info'] as const), text: MARKDOWN })),
  /** Shown once the question is over: why the answer is right, and why each option is right or wrong. */
  explanation: optional(object({
    why: MARKDOWN,
    options: arrayOf(object({ id: str(20), right: bool, text: MARKDOWN }), 50),
  })),
  /** Predict: what the engine says the code prints (never by running it). */
  reveal: optional(object({ printed: arrayOf(CODE, MANY), error: optional(LINE), notPreviewed: optional(LINE) })),
  /** Debug: the function to fix and the last check's result. */
  fix: optional(object({
    functionName: LINE,
    grade: optional(object({
      passed: bool,
      summary: LINE,
      inputs: arrayOf(object({ index: int(1, MANY), status: oneOf(['match', 'mismatch', 'error', 'not-evaluated'] as const), message: LINE }), MANY),
      findings: arrayOf(object({ code: str(20), severity: LINE, line: COUNT, message: LINE }), MANY),
    })),
  })),
  references: arrayOf(object({ title: LINE, url: LINE }), 50),
  rules: arrayOf(str(20), 50),
  /** "Problem 2 of 5". */
  position: object({ index: int(1, MANY), total: int(1, MANY) }),
  /** The other questions of this mode, to move between them (absent in Assessment and Review). */
  navigation: arrayOf(object({
    challengeId: ID,
    title: LINE,
    status: oneOf(['open', 'solved', 'failed', 'running'] as const),
    current: bool,
    enabled: bool,
  }), MANY),
  canNext: bool,
  canRetry: bool,
  /** Debug: the editor may be opened and the code checked. */
  canCheck: bool,
});
export type QuestionView = Checked<typeof questionView>;

const assessmentIntroView = object({
  kind: literal('assessment-intro'),
  questionCount: COUNT,
  past: arrayOf(object({ finishedAt: num(0, 1e15), score: COUNT, total: COUNT }), MANY),
});

const assessmentResultView = object({
  kind: literal('assessment-result'),
  score: COUNT,
  total: COUNT,
  byTopic: arrayOf(object({ topic: LINE, correct: COUNT, total: COUNT }), MANY),
  missed: arrayOf(LINE, MANY),
});

/** A mode with nothing to ask: an empty review list, a catalog without the mode's challenges. */
const emptyView = object({ kind: literal('empty'), message: MARKDOWN });

const view = tagged('kind', {
  home: homeView,
  learn: learnView,
  visualize: visualizeView,
  question: questionView,
  'assessment-intro': assessmentIntroView,
  'assessment-result': assessmentResultView,
  empty: emptyView,
});
export type PanelView = Checked<typeof view>;

const panelState = object({
  screen: oneOf(SCREENS),
  /** The screen's heading. */
  title: LINE,
  view,
  /** Things the learner should know once (progress set aside, challenge files that did not load). */
  notices: arrayOf(MARKDOWN, 50),
  /** For the polite live region: the result of the last action, read once by a screen reader. */
  announcement: LINE,
  /** Counts announcements, so the same words said twice are announced twice. */
  announcementId: COUNT,
  /** For the timer's live region: at 60, 30 and 10 seconds left and at expiry, never every second. */
  timerAnnouncement: LINE,
});
export type PanelState = Checked<typeof panelState>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** A message from the webview, or why it is not one. */
export function parseWebviewMessage(value: unknown): Parsed<WebviewMessage> {
  return attempt(webviewMessage, value);
}

/** The state from the host, or why it is not one. */
export function parsePanelState(value: unknown): Parsed<PanelState> {
  return attempt(panelState, value);
}
