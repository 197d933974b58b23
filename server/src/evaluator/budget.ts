// Bounds on one evaluation, so that nothing a user writes (`while True:`, deep recursion, huge loops) can
// hang the server: a step budget, a wall-clock budget and a call-depth limit. Exceeding one stops the
// evaluation with a reason that previews show as "not previewed: …".
import { Unsupported } from './values';

export interface Limits {
  readonly maxSteps: number;
  readonly maxMilliseconds: number;
  readonly maxCallDepth: number;
}

export const defaultLimits: Limits = { maxSteps: 50_000, maxMilliseconds: 250, maxCallDepth: 64 };

export class BudgetExceeded extends Error {
  /** Steps ran out (renewable per statement); otherwise the wall-clock deadline passed (final). */
  constructor(message: string, readonly steps: boolean) {
    super(message);
  }
}

/**
 * How deeply statements and expressions may nest while they are evaluated (blocks in blocks, brackets in
 * brackets, long operator chains), counted across calls. The evaluator recurses once or more per level, so
 * without it 10,000 nested brackets overflow the stack. CPython itself refuses 200 nested brackets and 100
 * levels of indentation, so no real program comes near.
 */
export const MAX_NESTING = 500;

/** How many module-level statements may exhaust their steps before the evaluation gives up. */
const MAX_RENEWALS = 3;

export class Budget {
  private steps = 0;
  private depth = 0;
  private renewals = 0;
  private nesting = 0;
  private readonly deadline: number;

  /** `deadline` (ms since the epoch): shared by every budget of one evaluation; it never moves later. */
  constructor(private readonly limits: Limits = defaultLimits, deadline = Date.now() + limits.maxMilliseconds) {
    this.deadline = deadline;
  }

  /** A budget with `maxSteps` fresh steps and the same deadline: the evaluation's wall clock is one. */
  withFreshSteps(maxSteps: number): Budget {
    return new Budget({ ...this.limits, maxSteps }, this.deadline);
  }

  get expired(): boolean {
    return Date.now() > this.deadline;
  }

  /** One unit of work (a statement, a loop iteration, a call). */
  step(): void {
    this.steps++;
    if (this.steps > this.limits.maxSteps) {
      throw new BudgetExceeded(`it takes more than ${this.limits.maxSteps.toLocaleString('en-US')} steps to evaluate`, true);
    }
    // The clock is read at every step (tens of nanoseconds): one step can be an operation on a million-element
    // tensor (~15 ms), and reading it every 128 steps let a loop of them run 1.2–1.5 s past a 250 ms deadline.
    if (Date.now() > this.deadline) {
      throw new BudgetExceeded(`evaluating the code takes longer than ${this.limits.maxMilliseconds} ms`, false);
    }
  }

  enterCall(): void {
    if (++this.depth > this.limits.maxCallDepth) {
      this.depth = 0;
      throw new BudgetExceeded(`calls nest deeper than ${this.limits.maxCallDepth} levels (recursion?)`, true);
    }
  }

  /** Fresh steps for the next module-level statement, a few times per evaluation; false when used up. */
  renew(): boolean {
    if (this.renewals >= MAX_RENEWALS) return false;
    this.renewals++;
    this.steps = 0;
    this.depth = 0;
    return true;
  }

  /** Entering a statement or expression; throws (no preview, not a user error) past MAX_NESTING levels. */
  enterNesting(): void {
    if (++this.nesting > MAX_NESTING) {
      this.nesting--;
      throw new Unsupported(`the code nests deeper than ${MAX_NESTING} levels`);
    }
  }

  exitNesting(): void {
    this.nesting--;
  }

  exitCall(): void {
    this.depth = Math.max(0, this.depth - 1);
  }
}
