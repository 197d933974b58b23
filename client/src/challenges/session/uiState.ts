// What the session remembers besides the progress: which screen is shown, the question being answered and
// what the learner did with it so far. It lives in the extension host, so hiding or reloading the webview
// loses none of it; it is not saved, so a reloaded window starts from the progress alone.
import type { CodePreview, FillInBlankGrade, FixGrade, Visualization } from '../contract';
import type { Screen, VisualizationRequestMessage } from '../protocol';
import type { AssessmentAnswer } from './assessment';
import type { Mode } from '../contract';

export type QuestionStatus = 'open' | 'solved' | 'failed';

export interface Feedback {
  readonly tone: 'right' | 'wrong' | 'info';
  /** Markdown. */
  readonly text: string;
}

/** One asking of one question. */
export interface Round {
  readonly mode: Mode;
  readonly challengeId: string;
  /** A choice question: the option picked, not yet submitted. */
  selected?: string;
  /** Fill-in-the-blank: the option put into each blank, by blank number. */
  readonly blanks: Map<number, string>;
  /** Options answered wrong in this asking: marked, and not accepted again. */
  readonly wrong: string[];
  /** Review and Assessment count here; the other modes count in the progress. */
  attemptsUsed: number;
  hintsUsed: number;
  status: QuestionStatus;
  feedback?: Feedback;
  /** Predict: the engine's view of the code, once the question is over. */
  preview?: CodePreview;
  fillGrade?: FillInBlankGrade;
  fixGrade?: FixGrade;
}

export function newRound(mode: Mode, challengeId: string): Round {
  return { mode, challengeId, blanks: new Map(), wrong: [], attemptsUsed: 0, hintsUsed: 0, status: 'open' };
}

export interface VisualizeState {
  request: VisualizationRequestMessage;
  result?: Visualization;
  error?: string;
  /** A request newer than the result shown is on its way. */
  pending: boolean;
  /** A request is being computed (one at a time). */
  inFlight: boolean;
}

export interface AssessmentState {
  readonly questions: readonly string[];
  readonly answers: AssessmentAnswer[];
  /** Set when the last question has been answered and `next` pressed. */
  finished: boolean;
}

export interface UiState {
  screen: Screen;
  round?: Round;
  readonly visualize: VisualizeState;
  assessment?: AssessmentState;
  notices: string[];
  announcement: string;
  announcementId: number;
  timerAnnouncement: string;
}

export const DEFAULT_VISUALIZATION: VisualizationRequestMessage = { epsilon: 0.1, classes: 4, label: 0, convention: 'uniform' };

export function initialUiState(): UiState {
  return {
    screen: 'home',
    visualize: { request: DEFAULT_VISUALIZATION, pending: false, inFlight: false },
    notices: [],
    announcement: '',
    announcementId: 0,
    timerAnnouncement: '',
  };
}
