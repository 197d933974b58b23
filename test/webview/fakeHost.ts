// The challenge panel's host without VS Code: the real session (createPanelSession) over in-memory progress,
// a clock the test moves by hand, and host services implemented directly over the analysis core (the same
// graders, previews and visualisation the language server runs). Every state the session posts is checked
// with the protocol's validator, as the webview checks it.
import type {
  Catalog, ChallengeServices, Clock, PanelSessionApi, Progress, ProgressStorage,
} from '../../client/src/challenges/contract';
import { createPanelSession } from '../../client/src/challenges/session';
import { emptyProgress } from '../../client/src/challenges/session/progressUpdates';
import { PanelState, parsePanelState } from '../../client/src/challenges/protocol';
import { gradeFillInBlank, gradeFix, previewCode, visualize } from '../../server/src/challenges';
import type { PythonParser } from '../../server/src/parsing/pythonParser';
import { shippedChallenges } from '../challenges/shipped';
import { testParser } from '../helpers/parser';

/** A clock that moves only when told: `advance` fires the `every` callbacks that fall due, in order. */
export class FakeClock implements Clock {
  private readonly timers = new Set<{ interval: number; next: number; tick: () => void }>();

  constructor(private time = Date.UTC(2025, 0, 6, 9, 0, 0)) {}

  now(): number {
    return this.time;
  }

  every(ms: number, tick: () => void): { dispose(): void } {
    const timer = { interval: ms, next: this.time + ms, tick };
    this.timers.add(timer);
    return { dispose: () => this.timers.delete(timer) };
  }

  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers].filter(t => t.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      this.time = due.next;
      due.next += due.interval;
      due.tick();
    }
    this.time = end;
  }

  /** Moves time without ticking, as when the machine sleeps or the window is closed. */
  jump(ms: number): void {
    this.time += ms;
  }

  get ticking(): number {
    return this.timers.size;
  }
}

export class MemoryStorage implements ProgressStorage {
  saves = 0;

  constructor(public progress: Progress = emptyProgress(), private notice?: string) {}

  load(): { progress: Progress; notice?: string } {
    const notice = this.notice;
    this.notice = undefined;
    return notice ? { progress: this.progress, notice } : { progress: this.progress };
  }

  async save(progress: Progress): Promise<void> {
    this.progress = progress;
    this.saves += 1;
  }
}

/** The shipped catalog (challenges/ at the repository's root). */
export function shippedCatalog(): Catalog {
  const loaded = shippedChallenges();
  return { challenges: loaded.challenges, mastery: loaded.mastery, problems: loaded.problems };
}

/** Host services over the analysis core; the Debug "editor" is a map from challenge id to its text. */
export function coreServices(catalog: Catalog, parser: PythonParser, editors: Map<string, string>): ChallengeServices {
  const find = (id: string) => {
    const challenge = catalog.challenges.find(c => c.id === id);
    if (!challenge) throw new Error(`no challenge ${id}`);
    return challenge;
  };
  return {
    catalog: async () => catalog,
    gradeFillInBlank: async (id, optionIds) => {
      const challenge = find(id);
      if (challenge.type !== 'fill-in-blank') throw new Error(`${id} is not fill-in-blank`);
      return gradeFillInBlank(parser, challenge, optionIds);
    },
    gradeFix: async (id, code) => {
      const challenge = find(id);
      if (challenge.type !== 'fix-the-code') throw new Error(`${id} is not fix-the-code`);
      return gradeFix(parser, challenge, code);
    },
    previewCode: async id => previewCode(parser, find(id).code ?? ''),
    visualize: async request => visualize(request),
    openDebugEditor: async id => {
      if (!editors.has(id)) editors.set(id, find(id).code ?? '');
    },
    debugEditorText: id => editors.get(id),
  };
}

export interface FakeHostOptions {
  readonly catalog?: Catalog;
  readonly progress?: Progress;
  readonly notice?: string;
  readonly clock?: FakeClock;
  /** Replaces some services (e.g. a slow visualize). */
  readonly services?: Partial<ChallengeServices>;
}

export class FakeHost {
  readonly states: PanelState[] = [];
  /** States the session posted that the protocol rejects: always empty, or the test fails. */
  readonly invalidStates: string[] = [];
  readonly logs: string[] = [];
  readonly editors = new Map<string, string>();
  readonly clock: FakeClock;
  readonly storage: MemoryStorage;
  readonly catalog: Catalog;
  readonly session: PanelSessionApi;

  private constructor(options: FakeHostOptions, parser: PythonParser) {
    this.clock = options.clock ?? new FakeClock();
    this.storage = new MemoryStorage(options.progress, options.notice);
    this.catalog = options.catalog ?? shippedCatalog();
    const services = { ...coreServices(this.catalog, parser, this.editors), ...options.services };
    this.session = createPanelSession({ services, storage: this.storage, clock: this.clock, log: message => this.logs.push(message) });
    this.session.onDidChange(state => {
      const parsed = parsePanelState(state);
      if (parsed.ok) this.states.push(parsed.value);
      else this.invalidStates.push(parsed.error);
    });
  }

  static async start(options: FakeHostOptions = {}): Promise<FakeHost> {
    const host = new FakeHost(options, await testParser());
    await host.session.start();
    return host;
  }

  /** The last state posted. */
  get state(): PanelState {
    const state = this.states[this.states.length - 1];
    if (!state) throw new Error('the session has posted no state');
    return state;
  }

  /** The question on screen (fails if there is none). */
  get question(): Extract<PanelState['view'], { kind: 'question' }> {
    const view = this.state.view;
    if (view.kind !== 'question') throw new Error(`no question on screen: ${view.kind}`);
    return view;
  }

  send(message: unknown): Promise<void> {
    return this.session.handle(message);
  }

  /** Advances the clock and waits for the ticks' work (queued in the session) to finish. */
  async advance(ms: number): Promise<void> {
    this.clock.advance(ms);
    await settle();
  }

  dispose(): void {
    this.session.dispose();
  }
}

/** Lets queued promise work (the session's operations, a fake service's reply) run to the end. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise(resolve => setImmediate(resolve));
}
