// The session's shared state and the few things every flow needs: the catalog, the progress (changed only
// through `update`, saved by `commit`), the UI state, announcements, and the rounds of questions being
// answered. The flows (answers, timer, debug, visualize, assessment, review) are functions over this core;
// panelSession.ts runs them one at a time and turns the result into a PanelState for the webview.
import type { Catalog, Challenge, PanelSessionDeps, Progress } from '../contract';
import type { Mode } from '../contract';
import { emptyProgress } from './progressUpdates';
import { Round, UiState, initialUiState, newRound } from './uiState';

export interface TimerState {
  ticker?: { dispose(): void };
  /** Seconds left at the last tick: an announcement is due when a mark (60, 30, 10) is crossed since. */
  lastSecondsLeft: number;
}

const MAX_ANNOUNCEMENT = 1_000;

export class SessionCore {
  catalog: Catalog = { challenges: [], problems: [] };
  progress: Progress = emptyProgress();
  readonly ui: UiState = initialUiState();
  readonly timer: TimerState = { lastSecondsLeft: 0 };
  /** Rounds by mode and challenge, so leaving a question and coming back keeps what was marked wrong. */
  private readonly rounds = new Map<string, Round>();
  private dirty = false;

  constructor(
    readonly deps: PanelSessionDeps,
    /** Posts the state to the webview. */
    private readonly emit: () => void,
    /** Runs an operation after the ones already queued (the timer's ticks go through it too). */
    readonly schedule: (operation: () => Promise<void>) => Promise<void>,
  ) {}

  now(): number {
    return this.deps.clock.now();
  }

  challenge(challengeId: string): Challenge | undefined {
    return this.catalog.challenges.find(c => c.id === challengeId);
  }

  update(change: (progress: Progress) => Progress): void {
    const next = change(this.progress);
    if (next !== this.progress) {
      this.progress = next;
      this.dirty = true;
    }
  }

  /** Replaces the progress without saving it (it came from the store). */
  adopt(progress: Progress): void {
    this.progress = progress;
    this.dirty = false;
    this.rounds.clear();
  }

  announce(text: string): void {
    // One line for a screen reader (the protocol carries 1,000 characters): a long hint is on screen in full anyway.
    this.ui.announcement = text.length > MAX_ANNOUNCEMENT ? `${text.slice(0, MAX_ANNOUNCEMENT - 1)}…` : text;
    this.ui.announcementId += 1;
  }

  log(message: string): void {
    this.deps.log?.(message);
  }

  /** The round of this question in this mode: the one already under way, or a new one. */
  round(mode: Mode, challengeId: string, fresh = false): Round {
    const key = `${mode}:${challengeId}`;
    let round = this.rounds.get(key);
    if (!round || fresh) {
      round = newRound(mode, challengeId);
      this.rounds.set(key, round);
    }
    return round;
  }

  forgetRounds(mode: Mode): void {
    for (const key of [...this.rounds.keys()]) if (key.startsWith(`${mode}:`)) this.rounds.delete(key);
  }

  /** Saves the progress if it changed (a failed save is logged, and the state is still shown), then posts the state. */
  async commit(): Promise<void> {
    if (this.dirty) {
      this.dirty = false;
      try {
        await this.deps.storage.save(this.progress);
      } catch (error) {
        this.log(`could not save the challenge progress: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.emit();
  }
}
